// A target that dies in the middle of a run: the run still ends (fast: calls stop retrying once the target looks
// dead), every case it could not judge is errored, nothing is reported as a conformance failure, and it exits 3.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ResultsModel } from '../reports/results-model.ts';
import { startCliMock } from './testing/spawn-cli.ts';
import { spawnKillable } from './testing/spawn-killable.ts';

const dir = mkdtempSync(join(tmpdir(), 'tcconform-dies-'));
const stops: (() => Promise<void>)[] = [];
afterAll(async () => { await Promise.all(stops.map((s) => s())); });

describe('a target that dies', () => {
  it('a target that dies mid-run: the run ends, errored, with exit 3 (not 1) and no failure', async () => {
    const fixturesPath = join(dir, 'f-dies.json');
    const mock = await startCliMock(['--fixtures-out', fixturesPath]);
    stops.push(async () => { if (mock.child.exitCode === null && mock.child.signalCode === null) await mock.stop(); });
    const out = join(dir, 'report-dies');
    const run = spawnKillable(['run', '--endpoint', mock.url, '--fixtures', fixturesPath, '--product', 'lighthouse', '--runs', '1', '--no-progress',
      '--out', out, '--ledger', join(dir, 'ledger-dies.jsonl'), '--timeout', '2000']);
    for (let seen = 0; seen < 40;) {
      await new Promise((r) => setTimeout(r, 50));
      const journal = await fetch(`${mock.url}/_admin/journal?limit=1`).then((r) => r.json() as Promise<{ entries: { seq: number }[] }>);
      seen = journal.entries[0]?.seq ?? 0;
    }
    mock.child.kill('SIGKILL');
    const started = Date.now();
    const ended = await run.ended;
    expect(ended.code, ended.stderr).toBe(3);
    expect(Date.now() - started).toBeLessThan(90_000);
    const model = JSON.parse(readFileSync(join(out, 'results.json'), 'utf8')) as ResultsModel;
    expect(model.totals.failed).toBe(0);
    expect(model.totals.errored).toBeGreaterThan(0);
    expect(ended.stdout).toMatch(/0 failed/);
  }, 150_000);
});
