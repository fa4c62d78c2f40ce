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
import type { RunConfig } from '../suites/harness/run-config.ts';
import type { ResultsModel } from '../reports/results-model.ts';

const dir = mkdtempSync(join(tmpdir(), 'tcconform-concurrent-'));
const stops: (() => Promise<void>)[] = [];
afterAll(async () => { await Promise.all(stops.map((s) => s())); });

interface JournalLine { readonly seq: number; readonly operation?: string; readonly code: string | null; readonly params?: Record<string, unknown> }

function endpointConfig(url: string, fixtures: Fixtures): RunConfig {
  return { target: { kind: 'endpoint', baseUrl: url, rateLimitBaseUrl: url, timeoutMs: 10_000 }, fixtures, fixturesSource: 'f.json', allowMutations: false,
    pace: true, seed: 1, runs: 1, products: [], actions: [], caseFilter: '', replayPath: '', regions: Object.keys(fixtures.regions), ledgerPath: join(dir, 'unused.jsonl') };
}

async function journalSince(url: string, since: number): Promise<JournalLine[]> {
  const res = await fetch(`${url}/_admin/journal?since=${since}`);
  return ((await res.json()) as { entries: JournalLine[] }).entries;
}

/** How often the journal switches between requests of `a` on resource `idA` and of `b` on `idB` (a handful when
 * one action's cases ran after the other's). */
function alternations(lines: readonly JournalLine[], a: string, idA: string, b: string, idB: string): number {
  const names = (l: JournalLine, id: string) => l.params?.['BlueprintId'] === id || l.params?.['ImageId'] === id;
  const seq = lines.filter((l) => (l.operation === a && names(l, idA)) || (l.operation === b && names(l, idB))).map((l) => l.operation);
  return seq.reduce((n, o, i) => (i > 0 && o !== seq[i - 1] ? n + 1 : n), 0);
}

describe('concurrent live-like run', () => {
  it('overlaps actions, names a deviation on its own action only, and leaves the world as it found it', async () => {
    const fixturesPath = join(dir, 'f.json');
    const mock = await startCliMock(['--fixtures-out', fixturesPath]);
    stops.push(mock.stop);
    const fixtures = JSON.parse(readFileSync(fixturesPath, 'utf8')) as Fixtures;
    const client = createTargetClient(endpointConfig(mock.url, fixtures), fixtures.credentials!);
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
    // The Lighthouse share cases and the CVM image cases are in different files and touch different resources:
    // under the concurrent scheduler their requests on the fixture blueprint and image interleave throughout,
    // instead of one file's following the other's (a one-file-at-a-time run switches a few times at most).
    const region = Object.keys(fixtures.regions)[0] ?? '';
    const f = fixtures.regions[region];
    const switches = alternations(journal, 'lighthouse.ShareBlueprintAcrossAccounts', f?.lighthouse?.blueprintId ?? '', 'cvm.ModifyImageSharePermission', f?.cvm?.imageId ?? '');
    expect(switches, `switches between the two actions' requests: ${switches}`).toBeGreaterThan(10);
    // Paced requests were never throttled (the rate cases' probes name resources that exist nowhere: left out).
    const probe = (l: JournalLine) => ['lhbp-00000000', 'img-00000000'].includes(String(l.params?.['BlueprintId'] ?? l.params?.['ImageId']));
    expect(journal.filter((l) => !probe(l) && (l.code ?? '').startsWith('RequestLimitExceeded'))).toEqual([]);

    const after = await snapshotWorld(client, Object.keys(fixtures.regions));
    await client.close();
    expect(after).toEqual(before);
  }, 240_000);
});
