// Crash safety of live mode, rehearsed against the standalone mock: `tcconform run --endpoint … --allow-mutations`
// is killed with SIGKILL at seeded random points (mostly right after the n-th ledger line, so kills land
// mid-mutation and mid-undo); no worker outlives it; `tcconform cleanup` then restores the world exactly (read
// back through the observers), leaves no pending ledger entry and no orphaned share. 5 kills under `npm test`,
// 50 with TCCONFORM_LONG=1 (TCCONFORM_KILLS sets any count, TCCONFORM_KILL_SEED the seed).
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { between, seededRandom } from '../core/testing/seeded-random.ts';
import { isLongRun, scaled } from '../core/testing/scale.ts';
import type { Fixtures } from '../core/fixtures.ts';
import { createTargetClient } from '../suites/harness/target-client.ts';
import { snapshotWorld } from '../suites/harness/snapshot-world.ts';
import { readLedger } from '../suites/harness/read-ledger.ts';
import type { RunConfig } from '../suites/harness/run-config.ts';
import { runCli, startCliMock } from './testing/spawn-cli.ts';
import { spawnKillable, type Killable } from './testing/spawn-killable.ts';
import { descendantsOf, waitGone } from './testing/process-tree.ts';

const KILLS = scaled(5, 50, process.env['TCCONFORM_KILLS']);
const SEED = Number(process.env['TCCONFORM_KILL_SEED'] ?? 20260324);
const dir = mkdtempSync(join(tmpdir(), 'tcconform-crash-'));
const stops: (() => Promise<void>)[] = [];
afterAll(async () => { await Promise.all(stops.map((s) => s())); });

function endpointConfig(url: string, fixtures: Fixtures): RunConfig {
  return { target: { kind: 'endpoint', baseUrl: url, rateLimitBaseUrl: url, timeoutMs: 10_000 }, fixtures, fixturesSource: 'f.json', allowMutations: false,
    pace: true, seed: 1, runs: 1, products: [], actions: [], caseFilter: '', replayPath: '', regions: Object.keys(fixtures.regions), ledgerPath: join(dir, 'unused.jsonl') };
}

/** Where to kill: right after the n-th intent (a mutation in flight), after the n-th ledger line of any kind
 * (intents, refusals, undos), or after a time (anywhere, start-up included). */
type KillPoint = { readonly intents: number } | { readonly lines: number } | { readonly ms: number };

function ledgerLines(path: string): string[] {
  return existsSync(path) ? readFileSync(path, 'utf8').split('\n').filter((l) => l !== '') : [];
}

// Intents the target refused (negative and auth cases, which name nothing that can change) do not count: the point
// is a mutation in flight or landed, not one of the many refused requests a run starts with.
function reached(point: KillPoint, lines: readonly string[]): boolean {
  if ('intents' in point) return lines.filter((l) => l.includes('"kind":"intent"')).length - lines.filter((l) => l.includes('"how":"refused"')).length >= point.intents;
  return 'lines' in point && lines.length >= point.lines;
}

/** Resolves true once the kill point is reached, false when the run ended first. */
async function killPoint(run: Killable, ledger: string, point: KillPoint): Promise<boolean> {
  let ended = false;
  void run.ended.then(() => { ended = true; });
  const until = Date.now() + ('ms' in point ? point.ms : 120_000);
  while (!ended && Date.now() < until) {
    if (reached(point, ledgerLines(ledger))) return true;
    await new Promise((r) => setTimeout(r, 2));
  }
  return !ended;
}

function pickPoint(random: () => number, shareModel: boolean): KillPoint {
  const dice = random();
  if (dice < 0.6) return { intents: between(random, 1, shareModel ? 5 : 30) };
  if (dice < 0.85) return { lines: between(random, 1, shareModel ? 10 : 70) };
  return { ms: between(random, 2_000, 9_000) };
}

const unpaced = { slot: async () => {} };

describe('crash safety of live mode', () => {
  it(`survives ${KILLS} SIGKILLs at random points of a mutating run: no orphan, cleanup restores the world exactly`, async () => {
    const fixturesPath = join(dir, 'f.json');
    // Rate limits off, so reading the world back between kills takes a moment, not seconds (the run still paces).
    const mock = await startCliMock(['--fixtures-out', fixturesPath, '--no-rate-limits']);
    stops.push(mock.stop);
    const fixtures = JSON.parse(readFileSync(fixturesPath, 'utf8')) as Fixtures;
    const client = createTargetClient(endpointConfig(mock.url, fixtures), fixtures.credentials!, unpaced);
    const regions = Object.keys(fixtures.regions);
    const before = await snapshotWorld(client, regions);
    const random = seededRandom(SEED);
    const tally = { midRun: 0, withPending: 0, pendingUndone: 0, finishedFirst: 0, worldChanged: 0 };
    for (let k = 0; k < KILLS; k++) {
      const shareModel = k % 2 === 0;
      const scope = shareModel ? ['--case', 'state.share-model', '--runs', '10'] : ['--product', 'lighthouse', '--runs', '1'];
      const point = pickPoint(random, shareModel);
      const ledger = join(dir, `ledger-${k}.jsonl`);
      const run = spawnKillable(['run', '--endpoint', mock.url, '--fixtures', fixturesPath, '--allow-mutations', ...scope, '--seed', String(SEED + k),
        '--no-progress', '--out', join(dir, `report-${k}`), '--ledger', ledger]);
      const landed = await killPoint(run, ledger, point);
      const tree = descendantsOf(run.pid);
      run.child.kill('SIGKILL');
      const ended = await run.ended;
      // Counted from the run's death, not from the signal: a large process takes a while to be torn down, and its
      // workers are given another parent only once it is gone.
      const atKill = ledgerLines(ledger).length;
      // The vitest workers must die with the run at once: an orphan would go on mutating (and writing the
      // ledger) while cleanup undoes; without dieWithParent they lived about 2 s and sent a dozen more mutations.
      const orphans = await waitGone(tree, 1_000);
      for (const pid of orphans) process.kill(pid, 'SIGKILL');
      const context = `kill ${k} (seed ${SEED}, ${JSON.stringify(point)}, ${scope.join(' ')}): ${ended.stderr.slice(-400)}`;
      expect(orphans, `workers outlived the killed run: ${context}`).toEqual([]);
      // No mutation starts once the run is dead: a worker asks the kernel whether its parent is still there before it
      // ledgers the next one (dieIfOrphaned), so at most the one whose check raced the kill is written. Settlements
      // of requests already sent may still land (each case in flight may hear its answer before the closed channel
      // reaches the worker's event loop); they only make the ledger more exact for cleanup.
      const intentsAfter = ledgerLines(ledger).slice(atKill).filter((l) => l.includes('"kind":"intent"'));
      expect(intentsAfter.length, `mutations ledgered after the kill: ${context}`).toBeLessThanOrEqual(1);
      const pending = readLedger(ledgerLines(ledger).join('\n')).pending.length;
      tally.midRun += landed ? 1 : 0;
      tally.finishedFirst += landed ? 0 : 1;
      tally.withPending += pending > 0 ? 1 : 0;
      tally.pendingUndone += pending;
      const changed = JSON.stringify(await snapshotWorld(client, regions)) !== JSON.stringify(before);
      tally.worldChanged += changed ? 1 : 0;
      const cleanup = await runCli(['cleanup', '--fixtures', fixturesPath, '--endpoint', mock.url, '--ledger', ledger]);
      expect(cleanup.code, `${context}\ncleanup: ${cleanup.stderr}`).toBe(0);
      expect(readLedger(ledgerLines(ledger).join('\n')).pending, context).toEqual([]);
      expect(await snapshotWorld(client, regions), context).toEqual(before);
    }
    await client.close();
    console.info(`[crash] ${KILLS} SIGKILLs (seed ${SEED}): ${tally.midRun} mid-run, ${tally.finishedFirst} after the run had ended; ${tally.withPending} left pending ledger entries (${tally.pendingUndone} in all) and ${tally.worldChanged} a changed world; cleanup undid every one: world identical after each, no pending entry, no orphaned worker`);
    expect(tally.withPending).toBeGreaterThan(0);
  }, isLongRun() || process.env['TCCONFORM_KILLS'] !== undefined ? 3_600_000 : 170_000);

  it('a kill while an unexpected acceptance is outstanding: the ledger holds its undo, and cleanup restores the world', async () => {
    const fixturesPath = join(dir, 'f-accepting.json');
    const mock = await startCliMock(['--fixtures-out', fixturesPath, '--no-rate-limits']);
    stops.push(mock.stop);
    const adminCall = async (method: string, path: string, body?: unknown) => (await fetch(`${mock.url}/_admin/${path}`,
      { method, ...(body === undefined ? {} : { body: JSON.stringify(body), headers: { 'content-type': 'application/json' } }) })).text();
    // The target accepts a lower-case `share` (the docs allow only SHARE and CANCEL) and answers 300 ms after acting,
    // so the run hears of the acceptance, and can undo it, only well after the world changed.
    await adminCall('PUT', 'faults', { latencyMs: 300, deviations: [{ name: 'enum-case-ignored' }] });
    const before = await adminCall('GET', 'world');
    const ledger = join(dir, 'ledger-accepting.jsonl');
    const run = spawnKillable(['run', '--endpoint', mock.url, '--fixtures', fixturesPath, '--allow-mutations', '--product', 'lighthouse',
      '--action', 'ModifyImageSharePermission', '--case', 'negative.Permission.not-in-enum', '--runs', '10', '--no-progress',
      '--out', join(dir, 'report-accepting'), '--ledger', ledger]);
    let ended = false;
    void run.ended.then(() => { ended = true; });
    // Kill the moment the world shows the accepted share: the acceptance is outstanding (its answer still in flight).
    let changed = false;
    for (const until = Date.now() + 150_000; !ended && !changed && Date.now() < until;) {
      changed = (await adminCall('GET', 'world')) !== before;
      if (!changed) await new Promise((r) => setTimeout(r, 10));
    }
    const tree = descendantsOf(run.pid);
    run.child.kill('SIGKILL');
    await run.ended;
    for (const pid of await waitGone(tree, 1_000)) process.kill(pid, 'SIGKILL');
    expect(changed, 'the target never accepted the lower-case share').toBe(true);
    const pending = readLedger(ledgerLines(ledger).join('\n')).pending;
    expect(pending.some((p) => p.operation === 'lighthouse.ModifyImageSharePermission' && p.undo.some((u) => u.params['Permission'] === 'CANCEL')), JSON.stringify(pending)).toBe(true);
    await adminCall('DELETE', 'faults');
    await adminCall('PUT', 'faults', { deviations: [{ name: 'enum-case-ignored' }] });
    const cleanup = await runCli(['cleanup', '--fixtures', fixturesPath, '--endpoint', mock.url, '--ledger', ledger]);
    expect(cleanup.code, cleanup.stderr).toBe(0);
    expect(readLedger(ledgerLines(ledger).join('\n')).pending).toEqual([]);
    expect(JSON.parse(await adminCall('GET', 'world'))).toEqual(JSON.parse(before));
  }, 200_000);
});
