// Benchmark: a whole mutating endpoint run against the standalone mock with the documented rate limits on
// (`tcconform run --endpoint URL --fixtures F --allow-mutations --runs N`, every case): its wall time over the
// rate-limit bound, the busiest bucket's paced requests ÷ the rate the run may use on it. Beside it: the
// RequestLimitExceeded answers the run's own paced requests got (target 0) and the achieved rate per action.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { operations } from '../generated/operations.ts';
import { figure, type Figure } from './figure.ts';
import { spawnServer } from './spawn-server.ts';
import { drainJournal, runCli } from './run-against-journal.ts';
import { isRateProbe, throttled, type PacedEntry } from './paced-entry.ts';
import { rateBound } from './rate-bound.ts';
import { perSecondCounts } from './pacing-stats.ts';

/** What to run. */
export interface LiveRunOptions {
  readonly runs: number;
  /** The fraction of each documented limit the run may use (`--rate-share`). */
  readonly rateShare: number;
}

/** Runs the whole mutating endpoint run and reads the mock's journal every half second (a ring of 1,000 entries). */
export async function liveRun(opts: LiveRunOptions): Promise<{ figures: Figure[]; details: unknown }> {
  const dir = mkdtempSync(join(tmpdir(), 'tcconform-bench-liverun-'));
  const fixtures = join(dir, 'fixtures.json');
  const mock = await spawnServer(['bin/tcconform.js', 'mock', '--port', '0', '--fixtures-out', fixtures]);
  const entries: PacedEntry[] = [];
  try {
    let done = false;
    const started = performance.now();
    const startedAt = Date.now();
    const run = runCli(['--endpoint', mock.url, '--fixtures', fixtures, '--allow-mutations', '--runs', String(opts.runs), '--rate-share', String(opts.rateShare),
      '--out', join(dir, 'report'), '--ledger', join(dir, 'ledger.jsonl'), '--no-progress'], 1_800_000).finally(() => { done = true; });
    while (!done) {
      await new Promise((r) => setTimeout(r, 500));
      entries.push(...(await drainJournal(mock.url, entries.at(-1)?.seq ?? 0)));
    }
    const exitCode = await run;
    const wallS = (performance.now() - started) / 1000;
    entries.push(...(await drainJournal(mock.url, entries.at(-1)?.seq ?? 0)));
    return result(opts, entries, wallS, exitCode, startedAt);
  } finally {
    await mock.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

function result(opts: LiveRunOptions, entries: readonly PacedEntry[], wallS: number, exitCode: number | null, startedAt: number): { figures: Figure[]; details: unknown } {
  const paced = entries.filter((e) => !isRateProbe(e));
  const limits = new Map(operations.map((op) => [op.key, op.rateLimit.perSecond]));
  const bound = rateBound(paced, limits, opts.rateShare);
  const ownThrottled = paced.filter(throttled).length;
  const perAction = bound.buckets.map((b) => `${b.operation} ${b.requests} (${(b.requests / wallS).toFixed(1)}/s of ${b.allowedPerSecond.toFixed(1)})`).join(', ');
  return {
    figures: [
      figure('liverun.boundRatio', `Live-like run (--runs ${opts.runs}, mutations): wall time / rate-limit bound`, wallS / bound.seconds, '×',
        `${wallS.toFixed(1)} s against ${bound.seconds.toFixed(1)} s (busiest bucket ${bound.busiest}); ${paced.length} paced requests; run exit ${exitCode}`, { op: '<=', value: 1.3 }),
      figure('liverun.throttled', 'Self-inflicted RequestLimitExceeded in the whole run', ownThrottled, 'answers',
        `achieved per action (requests, average rate over the run): ${perAction}`, { op: '<=', value: 0 }),
    ],
    details: { wallS, bound, exitCode, requests: paced.length, probes: entries.length - paced.length, ...phases(entries, startedAt, wallS), perSecond: timeline(entries) },
  };
}

/** Per action, its requests (rate probes included) in each second of the run: where a bucket sat idle. */
function timeline(entries: readonly PacedEntry[]): Record<string, string> {
  const times = entries.map((e) => Date.parse(e.time));
  const start = Math.min(...times);
  const byOp = new Map<string, number[]>();
  entries.forEach((e, i) => {
    const op = e.operation ?? '?';
    const list = byOp.get(op) ?? [];
    list.push(times[i] as number);
    byOp.set(op, list);
  });
  return Object.fromEntries([...byOp].map(([op, t]) => [op, perSecondCounts(t, start).join(' ')]));
}

/** Where the wall time went outside the requests: spawn to the first request (start-up, collection, probe) and the
 * last request to exit (report). */
function phases(entries: readonly PacedEntry[], startedAt: number, wallS: number): { firstRequestS: number; sendingS: number; afterLastS: number } {
  const times = entries.map((e) => Date.parse(e.time));
  const first = (Math.min(...times) - startedAt) / 1000;
  const sending = (Math.max(...times) - Math.min(...times)) / 1000;
  return { firstRequestS: first, sendingS: sending, afterLastS: wallS - first - sending };
}
