// Target faults end a run as errored (exit 3), never as conformance failures: a gateway in front of the mock that
// answers HTML 5xx pages, resets connections, InternalError and throttling (target-dies.test.ts: a dead target).
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startMock } from '../mock/index.ts';
import { operations } from '../generated/operations.ts';
import type { ResultsModel } from '../reports/results-model.ts';
import { createTargetClient } from '../suites/harness/target-client.ts';
import { snapshotWorld } from '../suites/harness/snapshot-world.ts';
import { startFaultServer, type FaultAnswer } from '../suites/harness/testing/fault-server.ts';
import { endpointConfig, noPacing } from '../suites/harness/testing/endpoint-config.ts';
import { runCli } from './testing/spawn-cli.ts';

const dir = mkdtempSync(join(tmpdir(), 'tcconform-faults-'));
const stops: (() => Promise<void>)[] = [];
afterAll(async () => { await Promise.all(stops.map((s) => s())); });

const results = (out: string) => JSON.parse(readFileSync(join(out, 'results.json'), 'utf8')) as ResultsModel;

const OBSERVERS = new Set(operations.filter((o) => o.safety === 'read-only').map((o) => o.action));

/** Every 6th request an HTML 502 page, every 9th a reset, every 13th InternalError, every 17th observer call
 * throttled (throttling of the actions under test would be judged by their rate-limit cases, so it is not injected). */
function flaky(n: number, action: string): FaultAnswer {
  if (n % 6 === 0) return { html: 502 };
  if (n % 9 === 0) return 'reset';
  if (n % 13 === 0) return 'internal-error';
  if (n % 17 === 0 && OBSERVERS.has(action)) return 'throttled';
  return 'pass';
}

describe('target faults', () => {
  it('a gateway answering HTML 5xx, resets and throttling: errored cases, no failure, exit 3; cleanup restores the world', async () => {
    const mock = await startMock({ rateLimits: false });
    const gateway = await startFaultServer(mock.url, flaky);
    stops.push(gateway.close, mock.close);
    const fixturesPath = join(dir, 'f.json');
    writeFileSync(fixturesPath, JSON.stringify(mock.fixtures()), { mode: 0o600 });
    const ledger = join(dir, 'ledger.jsonl');
    const client = createTargetClient(endpointConfig(mock.url, mock.fixtures(), ledger), mock.fixtures().credentials!, noPacing);
    const regions = Object.keys(mock.fixtures().regions);
    const before = await snapshotWorld(client, regions);
    const out = join(dir, 'report-gateway');
    const run = await runCli(['run', '--endpoint', gateway.url, '--fixtures', fixturesPath, '--allow-mutations', '--product', 'cvm', '--runs', '1',
      '--no-progress', '--out', out, '--ledger', ledger, '--timeout', '3000'], {}, 280_000);
    const model = results(out);
    const errored = model.cases.filter((c) => c.status === 'errored');
    expect(model.cases.filter((c) => c.status === 'failed').map((c) => `${c.id}: ${c.message ?? ''}`)).toEqual([]);
    expect(errored.length).toBeGreaterThan(0);
    for (const c of errored) expect(c.fault ?? c.message, c.id).toMatch(/HTTP 50\d|ECONNRESET|UND_ERR|socket|InternalError|RequestLimitExceeded|TIMEOUT|could not undo/);
    expect(model.cases.some((c) => (c.retries?.length ?? 0) > 0)).toBe(true);
    expect(run.code, run.stderr).toBe(3);
    gateway.script = () => 'pass';
    const cleanup = await runCli(['cleanup', '--fixtures', fixturesPath, '--endpoint', gateway.url, '--ledger', ledger]);
    expect(cleanup.code, cleanup.stderr).toBe(0);
    expect(await snapshotWorld(client, regions)).toEqual(before);
    await client.close();
  }, 300_000);
});
