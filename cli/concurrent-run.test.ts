// The concurrent scheduler of live-like runs, end to end with the real command against the standalone mock (rate
// limits on): cases of different actions overlap in time, a deviation injected into one action is named on that
// action only, no paced request is throttled, and the world read back afterwards equals the world before.

import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli, startCliMock } from './testing/spawn-cli.ts';
import { createTargetClient } from '../suites/harness/target-client.ts';
import { snapshotWorld } from '../suites/harness/snapshot-world.ts';
import type { Fixtures } from '../core/fixtures.ts';
import { endpointConfig } from '../suites/harness/testing/endpoint-config.ts';
import type { ResultsModel } from '../reports/results-model.ts';

const dir = mkdtempSync(join(tmpdir(), 'tcconform-concurrent-'));
const stops: (() => Promise<void>)[] = [];
afterAll(async () => { await Promise.all(stops.map((s) => s())); });

interface JournalLine { readonly seq: number; readonly operation?: string; readonly code: string | null; readonly params?: Record<string, unknown> }

async function journalSince(url: string, since: number): Promise<JournalLine[]> {
  const res = await fetch(`${url}/_admin/journal?since=${since}`);
  return ((await res.json()) as { entries: JournalLine[] }).entries;
}

/** How often the journal switches between requests of `a` and of `b` (a few times when one action's cases ran
 * after the other's: the files of a one-file-at-a-time run each hold one action's cases in a block). */
function alternations(lines: readonly JournalLine[], a: string, b: string): number {
  const seq = lines.map((l) => l.operation).filter((o) => o === a || o === b);
  return seq.reduce((n, o, i) => (i > 0 && o !== seq[i - 1] ? n + 1 : n), 0);
}

describe('concurrent live-like run', () => {
  it('overlaps actions, names a deviation on its own action only, and leaves the world as it found it', async () => {
    const fixturesPath = join(dir, 'f.json');
    const mock = await startCliMock(['--fixtures-out', fixturesPath]);
    stops.push(mock.stop);
    const fixtures = JSON.parse(readFileSync(fixturesPath, 'utf8')) as Fixtures;
    const client = createTargetClient(endpointConfig(mock.url, fixtures, join(dir, 'unused.jsonl')), fixtures.credentials!);
    const before = await snapshotWorld(client, Object.keys(fixtures.regions));
    const put = await fetch(`${mock.url}/_admin/faults`, { method: 'PUT', body: JSON.stringify({ deviations: [{ name: 'limit-not-enforced', action: 'ShareBlueprintAcrossAccounts' }] }) });
    expect(put.status).toBe(200);
    const journal: JournalLine[] = [...(await journalSince(mock.url, 0))];
    let running = true;
    const poll = (async () => {
      while (running) {
        await new Promise((r) => setTimeout(r, 300));
        journal.push(...(await journalSince(mock.url, journal.at(-1)?.seq ?? 0)));
      }
    })();
    const run = await runCli(['run', '--endpoint', mock.url, '--fixtures', fixturesPath, '--allow-mutations', '--runs', '1', '--no-progress',
      '--action', 'ShareBlueprintAcrossAccounts,ModifyImageSharePermission', '--out', join(dir, 'report'), '--ledger', join(dir, 'ledger.jsonl')]);
    running = false;
    await poll;
    journal.push(...(await journalSince(mock.url, journal.at(-1)?.seq ?? 0)));
    await fetch(`${mock.url}/_admin/faults`, { method: 'DELETE' });

    expect(run.code, run.stdout + run.stderr).toBe(1);
    const model = JSON.parse(readFileSync(join(dir, 'report', 'results.json'), 'utf8')) as ResultsModel;
    const failed = model.cases.filter((c) => c.status === 'failed');
    expect(failed.length).toBeGreaterThan(0);
    expect(new Set(failed.flatMap((c) => c.findings.map((f) => f.operation)))).toEqual(new Set(['lighthouse.ShareBlueprintAcrossAccounts']));
    expect(failed.flatMap((c) => c.findings.map((f) => f.check))).toContain('limit_conformance');
    expect(model.totals.errored).toBe(0);
    // The Lighthouse share cases and the CVM image cases are in different files: under the concurrent scheduler
    // their requests interleave throughout (cases that change the fixtures' share state take turns; the rest, such
    // as negative cases on resources that exist nowhere, overlap), instead of one file's block following the other's.
    // The rate cases' probes interleave in any schedule: left out.
    const probe = (l: JournalLine) => ['lhbp-00000000', 'img-00000000'].includes(String(l.params?.['BlueprintId'] ?? l.params?.['ImageId']));
    const switches = alternations(journal.filter((l) => !probe(l)), 'lighthouse.ShareBlueprintAcrossAccounts', 'cvm.ModifyImageSharePermission');
    expect(switches, `switches between the two actions' requests: ${switches}`).toBeGreaterThan(20);
    // Paced requests were never throttled (the rate cases' probes, which burst over the limit on purpose, left out).
    expect(journal.filter((l) => !probe(l) && (l.code ?? '').startsWith('RequestLimitExceeded'))).toEqual([]);

    const after = await snapshotWorld(client, Object.keys(fixtures.regions));
    await client.close();
    expect(after).toEqual(before);
  }, 240_000);
});
