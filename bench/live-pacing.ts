// Benchmark 4: a mutating live-mode run against the standalone mock with the documented rate limits on
// (`tcconform run --endpoint URL --fixtures F --allow-mutations --product lighthouse --action ...`): requests per
// action per second as the mock's journal saw them, as a fraction of the documented limit, and how many
// RequestLimitExceeded answers the run's own paced requests got (the rate-limit case's deliberate burst aside).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { operationByKey } from '../generated/operations.ts';
import { figure, type Figure } from './figure.ts';
import { pacingStats, perSecondCounts } from './pacing-stats.ts';
import { spawnServer } from './spawn-server.ts';
import { drainJournal, runCli } from './run-against-journal.ts';
import { isRateProbe, throttled, type PacedEntry } from './paced-entry.ts';

/** What to run. */
export interface LivePacingOptions {
  readonly action: string;
  readonly runs: number;
}

/** Runs the paced mutating run and reads the journal every half second (it is a ring of 1,000 entries). */
export async function livePacing(opts: LivePacingOptions): Promise<{ figures: Figure[]; details: unknown }> {
  const dir = mkdtempSync(join(tmpdir(), 'tcconform-bench-live-'));
  const fixtures = join(dir, 'fixtures.json');
  const mock = await spawnServer(['bin/tcconform.js', 'mock', '--port', '0', '--fixtures-out', fixtures]);
  const entries: PacedEntry[] = [];
  try {
    let done = false;
    const run = runCli(['--endpoint', mock.url, '--fixtures', fixtures, '--allow-mutations', '--product', 'lighthouse', '--action', opts.action,
      '--runs', String(opts.runs), '--out', join(dir, 'report'), '--ledger', join(dir, 'ledger.jsonl'), '--no-progress'], 600_000).finally(() => { done = true; });
    while (!done) {
      await new Promise((r) => setTimeout(r, 500));
      entries.push(...(await drainJournal(mock.url, entries.at(-1)?.seq ?? 0)));
    }
    const exitCode = await run;
    entries.push(...(await drainJournal(mock.url, entries.at(-1)?.seq ?? 0)));
    return result(opts, entries, exitCode);
  } finally {
    await mock.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

function result(opts: LivePacingOptions, entries: readonly PacedEntry[], exitCode: number | null): { figures: Figure[]; details: unknown } {
  const op = operationByKey(`lighthouse.${opts.action}`);
  const paced = entries.filter((e) => !isRateProbe(e));
  const mine = paced.filter((e) => e.operation === op.key).map((e) => Date.parse(e.time));
  const stats = pacingStats(mine, op.rateLimit.perSecond);
  const ownThrottled = paced.filter(throttled).length;
  const probes = entries.filter(isRateProbe);
  const perOperation = Object.fromEntries([...new Set(paced.map((e) => e.operation ?? '(none)'))].map((k) => [k, paced.filter((e) => (e.operation ?? '(none)') === k).length]));
  return {
    figures: [
      figure('pacing.fraction', `Live pacing: ${opts.action} rate / documented limit`, stats.fraction, '×',
        `median ${stats.medianPerSecond} req/s over ${stats.busySeconds} steady seconds (limit ${op.rateLimit.perSecond}/s); per second: ${perSecondCounts(mine).join(' ')}; busiest sliding second ${stats.peakWindow}; run exit ${exitCode}`, { op: '>=', value: 0.9 }),
      figure('pacing.throttled', 'RequestLimitExceeded answers to paced requests', ownThrottled, 'answers',
        `${paced.length} paced requests (${Object.entries(perOperation).map(([k, n]) => `${k} ${n}`).join(', ')}); the rate case's own ${probes.length} probes, ${probes.filter(throttled).length} throttled as designed, left out`, { op: '<=', value: 0 }),
    ],
    details: { stats, perSecond: perSecondCounts(mine), exitCode, perOperation, probes: probes.length },
  };
}
