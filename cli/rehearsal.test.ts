// The live-run rehearsal, end to end with the real command: `tcconform mock --fixtures-out f.json` in one
// process, `tcconform run --endpoint URL --fixtures f.json --allow-mutations` in another; it passes, and the
// world read back through the observers afterwards equals the world before.

import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli, startCliMock } from './testing/spawn-cli.ts';
import { createTargetClient } from '../suites/harness/target-client.ts';
import { snapshotWorld } from '../suites/harness/snapshot-world.ts';
import type { Fixtures } from '../core/fixtures.ts';
import type { RunConfig } from '../suites/harness/run-config.ts';

const dir = mkdtempSync(join(tmpdir(), 'tcconform-rehearsal-'));
const stops: (() => Promise<void>)[] = [];
afterAll(async () => { await Promise.all(stops.map((s) => s())); });

function endpointConfig(url: string, fixtures: Fixtures): RunConfig {
  return { target: { kind: 'endpoint', baseUrl: url, rateLimitBaseUrl: url, timeoutMs: 10_000 }, fixtures, fixturesSource: 'f.json', allowMutations: false,
    pace: true, seed: 1, runs: 1, products: [], actions: [], caseFilter: '', replayPath: '', regions: Object.keys(fixtures.regions), ledgerPath: join(dir, 'unused.jsonl') };
}

describe('live-run rehearsal against the standalone mock', () => {
  it('passes with mutations allowed and leaves the world as it found it', async () => {
    const fixturesPath = join(dir, 'f.json');
    const mock = await startCliMock(['--fixtures-out', fixturesPath]);
    stops.push(mock.stop);
    const fixtures = JSON.parse(readFileSync(fixturesPath, 'utf8')) as Fixtures;
    const client = createTargetClient(endpointConfig(mock.url, fixtures), fixtures.credentials!);
    const before = await snapshotWorld(client, Object.keys(fixtures.regions));
    const run = await runCli(['run', '--endpoint', mock.url, '--fixtures', fixturesPath, '--allow-mutations', '--runs', '1', '--no-progress',
      '--out', join(dir, 'report'), '--ledger', join(dir, 'ledger.jsonl')]);
    expect(run.stdout).toMatch(/CONFORMS: \d+ passed, 0 failed/);
    expect(run.code).toBe(0);
    const after = await snapshotWorld(client, Object.keys(fixtures.regions));
    await client.close();
    expect(after).toEqual(before);
    expect(Object.values(before).flat().some((l) => l.includes('shared-with'))).toBe(true);
  }, 180_000);
});
