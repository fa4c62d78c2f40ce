// Live-mode guard rails, without --allow-mutations: a full endpoint run must leave the target exactly as it was.
// Precisely: (1) no request the mock journals changed state; (2) a request that could change state is one naming
// a mutating action (ShareBlueprintAcrossAccounts, CancelShareBlueprintAcrossAccounts, ModifyImageSharePermission)
// — every one of them came from a negative case and was refused with an error envelope; (3) no case that changes
// the target ran (all skipped); (4) the mock's whole world, read before and after, is identical.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { operations } from '../generated/operations.ts';
import { startMock } from '../mock/index.ts';
import type { ResultsModel } from '../reports/results-model.ts';
import { runCli } from './testing/spawn-cli.ts';

const MUTATING = new Set(operations.filter((o) => o.safety === 'mutating').map((o) => o.action));
const dir = mkdtempSync(join(tmpdir(), 'tcconform-guard-'));
const stops: (() => Promise<void>)[] = [];
afterAll(async () => { await Promise.all(stops.map((s) => s())); });

describe('guard rails without --allow-mutations', () => {
  it('sends no request that changes the target: every possibly-mutating request was a refused negative one', async () => {
    const mock = await startMock({ journalCapacity: 200_000 });
    stops.push(mock.close);
    const fixturesPath = join(dir, 'f.json');
    writeFileSync(fixturesPath, JSON.stringify(mock.fixtures()), { mode: 0o600 });
    const before = mock.admin.world();
    const out = join(dir, 'report');
    const run = await runCli(['run', '--endpoint', mock.url, '--fixtures', fixturesPath, '--runs', '1', '--no-progress', '--out', out, '--ledger', join(dir, 'l.jsonl')]);
    expect(run.code, run.stderr).toBe(0);

    const journal = mock.admin.journal();
    expect(journal.length).toBeGreaterThan(100);
    expect(journal.filter((e) => e.stateChanged)).toEqual([]);
    const risky = journal.filter((e) => e.action !== undefined && MUTATING.has(e.action));
    expect(risky.length).toBeGreaterThan(0);
    expect(risky.filter((e) => e.code === null).map((e) => `${e.operation ?? e.action} ${JSON.stringify(e.params)}`)).toEqual([]);
    const model = JSON.parse(readFileSync(join(out, 'results.json'), 'utf8')) as ResultsModel;
    const mutatingCases = model.cases.filter((c) => c.safety === 'mutating');
    expect(mutatingCases.length).toBeGreaterThan(0);
    expect(mutatingCases.filter((c) => c.status !== 'skipped').map((c) => c.id)).toEqual([]);
    expect(mock.admin.world()).toEqual(before);
    console.info(`[guard] read-only run: ${journal.length} requests, ${risky.length} naming a mutating action, all refused; 0 state changes; ${mutatingCases.length} mutating cases skipped`);
  }, 120_000);
});
