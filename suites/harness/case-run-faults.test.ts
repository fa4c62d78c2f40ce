// Mutations that meet a target fault are never re-sent blindly: the case reads the share state back, keeps the
// ledger entry (and undoes the share) when the change took effect, settles it when it did not, and leaves it for
// cleanup when even the read-back fails. Against the embedded mock behind a fault server.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { operationByKey } from '../../generated/operations.ts';
import { startMock, type MockHandle } from '../../mock/index.ts';
import { CaseRun, TargetFault, type CaseSpec } from './case-run.ts';
import { createTargetClient, type TargetClient } from './target-client.ts';
import { openLedger, type Ledger } from './ledger.ts';
import { readLedger } from './read-ledger.ts';
import { blueprintShares } from './read-shares.ts';
import { startFaultServer, type FaultServer } from './testing/fault-server.ts';
import { endpointConfig, noPacing } from './testing/endpoint-config.ts';
import type { RunConfig } from './run-config.ts';

const share = operationByKey('lighthouse.ShareBlueprintAcrossAccounts');
const spec: CaseSpec = { id: `${share.key}.test.faults`, title: 'faults', operation: share, check: 'state_conformance', safety: 'mutating', docs: [] };
const region = 'ap-guangzhou';
const blueprint = 'lhbp-gmain000';
const recipient = '200000001004';

let mock: MockHandle;
let server: FaultServer;
let config: RunConfig;
let client: TargetClient;
let ledger: Ledger;
beforeAll(async () => {
  mock = await startMock({ rateLimits: false });
  server = await startFaultServer(mock.url);
  config = endpointConfig(server.url, mock.fixtures(), join(mkdtempSync(join(tmpdir(), 'tcconform-faults-')), 'ledger.jsonl'));
  client = createTargetClient(config, mock.fixtures().credentials!, noPacing, { sleep: async () => {} });
  ledger = openLedger(config.ledgerPath);
});
afterAll(async () => { ledger.close(); await client.close(); await server.close(); await mock.close(); });
beforeEach(() => { mock.admin.reset(); mock.admin.clearJournal(); server.script = () => 'pass'; server.received.length = 0; });

const shareRequests = () => mock.admin.journal().filter((e) => e.action === 'ShareBlueprintAcrossAccounts').length;
const pending = () => readLedger(readFileSync(config.ledgerPath, 'utf8')).pending;
const sharedWith = async () => { const back = await blueprintShares(client, region, blueprint); if (!back.ok) throw new Error(back.why); return back.value; };

async function sendShare(run: CaseRun): Promise<string> {
  const err = await run.send({ operation: share, params: { BlueprintId: blueprint, AccountIds: [recipient] }, region }, { kind: 'success' }).then(() => undefined, (e: unknown) => e);
  expect(err).toBeInstanceOf(TargetFault);
  return run.fault ?? '';
}

describe('a mutation that meets a target fault', () => {
  it('is read back when its answer is lost: applied, so the ledger entry stays and the undo removes it', async () => {
    server.script = (_n, action) => (action === 'ShareBlueprintAcrossAccounts' ? 'pass-then-reset' : 'pass');
    const run = new CaseRun(spec, config, client, ledger);
    const fault = await sendShare(run);
    expect(fault).toMatch(/read back: the change took effect/);
    expect(shareRequests()).toBe(1);
    expect(await sharedWith()).toContain(recipient);
    expect(pending()).toHaveLength(1);
    expect(await run.undoAll()).toEqual([]);
    expect(await sharedWith()).not.toContain(recipient);
    expect(pending()).toHaveLength(0);
  });

  it('is read back after a timeout that came after the change was applied: kept, and undone', async () => {
    server.script = (_n, action) => (action === 'ShareBlueprintAcrossAccounts' ? 'pass-then-hang' : 'pass');
    const quick = createTargetClient({ ...config, target: { ...config.target, timeoutMs: 300 } }, mock.fixtures().credentials!, noPacing, { sleep: async () => {} });
    const run = new CaseRun(spec, config, quick, ledger);
    expect(await sendShare(run)).toMatch(/^TIMEOUT: .*read back: the change took effect; it is undone with the case$/);
    expect(shareRequests()).toBe(1);
    expect(pending()).toHaveLength(1);
    expect(await run.undoAll()).toEqual([]);
    expect(await sharedWith()).not.toContain(recipient);
    await quick.close();
  });

  it('is read back after an InternalError that changed nothing: settled as refused, never re-sent', async () => {
    mock.admin.setFaults({ internalError: { next: 1, action: 'ShareBlueprintAcrossAccounts' } });
    const run = new CaseRun(spec, config, client, ledger);
    expect(await sendShare(run)).toMatch(/^InternalError: .*read back: the change did not take effect; not re-sent$/);
    expect(shareRequests()).toBe(1);
    expect(pending()).toHaveLength(0);
    expect(run.record().fault).toMatch(/did not take effect/);
  });

  it('is read back after an HTML 502 from a gateway that never forwarded it', async () => {
    server.script = (_n, action) => (action === 'ShareBlueprintAcrossAccounts' ? { html: 502 } : 'pass');
    const run = new CaseRun(spec, config, client, ledger);
    expect(await sendShare(run)).toMatch(/^HTTP 502 without an envelope; read back: the change did not take effect/);
    expect(shareRequests()).toBe(0);
    expect(pending()).toHaveLength(0);
  });

  it('stays in the ledger for cleanup when the read-back fails too', async () => {
    server.script = (_n, action) => (action === 'ShareBlueprintAcrossAccounts' ? 'pass-then-reset' : { html: 503 });
    const run = new CaseRun(spec, config, client, ledger);
    expect(await sendShare(run)).toMatch(/read back failed \(.*not valid JSON\); left in the ledger for the undo pass and tcconform cleanup$/);
    expect(pending()).toHaveLength(1);
    server.script = () => 'pass';
    expect(await run.undoAll()).toEqual([]);
    expect(pending()).toHaveLength(0);
    expect(await sharedWith()).not.toContain(recipient);
  });

  it('settles a negative request on an ID the caller cannot see (malformed, unknown): nothing of the caller\'s can be there', async () => {
    server.script = (_n, action) => (action === 'ShareBlueprintAcrossAccounts' ? 'pass-then-reset' : 'pass');
    for (const [id, where] of [['lhbp-NOT_AN_ID', region], ['lhbp-zzzzzzzz', region], ['lhbp-gforeign', region], [blueprint, 'xx-nowhere-7']] as const) {
      const run = new CaseRun(spec, config, client, ledger);
      const err = await run.send({ operation: share, params: { BlueprintId: id, AccountIds: [recipient] }, region: where }, { kind: 'any' }).then(() => undefined, (e: unknown) => e);
      expect(err).toBeInstanceOf(TargetFault);
      expect(run.fault, id).toMatch(/did not take effect/);
    }
    expect(pending()).toHaveLength(0);
  });

  it('settles a negative request on an image the caller does not own (public, another account\'s): only the owner can share it', async () => {
    const modify = operationByKey('cvm.ModifyImageSharePermission');
    server.script = (_n, action) => (action === 'ModifyImageSharePermission' ? 'pass-then-reset' : 'pass');
    for (const id of ['img-gpublic0', 'img-gforeign']) {
      const run = new CaseRun({ ...spec, id: `${modify.key}.test.faults`, operation: modify }, config, client, ledger);
      const err = await run.send({ operation: modify, params: { ImageId: id, AccountIds: [recipient], Permission: 'SHARE' }, region }, { kind: 'any' }).then(() => undefined, (e: unknown) => e);
      expect(err).toBeInstanceOf(TargetFault);
      expect(run.fault, id).toMatch(/did not take effect/);
    }
    expect(pending()).toHaveLength(0);
  });

  it('records retried reads in the case record', async () => {
    server.script = (n) => (n === 1 ? { html: 503 } : 'pass');
    const run = new CaseRun(spec, config, client, ledger);
    await run.observe({ operation: operationByKey('lighthouse.DescribeBlueprints'), params: { Limit: 1 }, region });
    expect(run.record().retries).toEqual(['lighthouse.DescribeBlueprints: HTTP 503 without an envelope']);
  });

  it('errors a case whose direct calls met a fault, withholding findings computed from them (a rate burst into a dead gateway)', async () => {
    server.script = (n) => (n % 2 === 0 ? 'reset' : 'pass');
    const run = new CaseRun(spec, config, client, ledger);
    const answers = await Promise.all(Array.from({ length: 4 }, () => run.client.call({ operation: share, params: { BlueprintId: 'lhbp-00000000', AccountIds: ['100000000001'] }, unpaced: true })));
    expect(answers.some((a) => a.exchange.failure !== undefined)).toBe(true);
    run.addFindings([{ check: 'rate_limit_conformance', severity: 'major', operation: share.key, docs: [], title: 'not enforced', detail: '', dedupKey: 'x' }]);
    expect(run.findings).toEqual([]);
    expect(run.fault).toMatch(/^lighthouse\.ShareBlueprintAcrossAccounts: /);
    server.script = () => 'throttled';
    const throttled = new CaseRun(spec, config, client, ledger);
    await throttled.client.call({ operation: share, params: { BlueprintId: 'lhbp-00000000', AccountIds: ['100000000001'] }, unpaced: true });
    expect(throttled.fault).toBeUndefined();
  });
});
