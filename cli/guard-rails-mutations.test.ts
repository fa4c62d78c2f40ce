// Live-mode guard rails, with --allow-mutations: every request that changed the target's state (the mock
// journals `stateChanged`) named only IDs from the fixtures file (blueprint, image, recipient accounts, and the
// IDs of its situations), and the world afterwards is the world before.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startMock } from '../mock/index.ts';
import { runCli } from './testing/spawn-cli.ts';
import { fixtureIds, namedIds } from './testing/fixture-ids.ts';

const dir = mkdtempSync(join(tmpdir(), 'tcconform-guard-mut-'));
const stops: (() => Promise<void>)[] = [];
afterAll(async () => { await Promise.all(stops.map((s) => s())); });

describe('guard rails with --allow-mutations', () => {
  it('changes only fixture resources, and leaves the world as it found it', async () => {
    const mock = await startMock({ journalCapacity: 200_000 });
    stops.push(mock.close);
    const fixtures = mock.fixtures();
    const fixturesPath = join(dir, 'f.json');
    writeFileSync(fixturesPath, JSON.stringify(fixtures), { mode: 0o600 });
    const before = mock.admin.world();
    const run = await runCli(['run', '--endpoint', mock.url, '--fixtures', fixturesPath, '--allow-mutations', '--runs', '1', '--no-progress',
      '--out', join(dir, 'report'), '--ledger', join(dir, 'l.jsonl')]);
    expect(run.code, run.stderr).toBe(0);

    const allowed = fixtureIds(fixtures);
    const changes = mock.admin.journal().filter((e) => e.stateChanged);
    expect(changes.length).toBeGreaterThan(10);
    const outside = changes.flatMap((e) => namedIds(e.params).filter((id) => !allowed.has(id)).map((id) => `${e.operation ?? ''} names ${id}`));
    expect(outside).toEqual([]);
    expect(changes.every((e) => namedIds(e.params).length > 0)).toBe(true);
    expect(mock.admin.world()).toEqual(before);
    console.info(`[guard] mutating run: ${changes.length} state changes, all on fixture IDs (${[...new Set(changes.flatMap((e) => namedIds(e.params)))].length} distinct); world identical afterwards`);
  }, 120_000);
});
