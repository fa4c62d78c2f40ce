// A share with hundreds of accounts is undone by one cancel naming them all and one read-back, not one request per
// account; a batch lost to a fault is sent again for what a read-back still shows, and what every round leaves behind
// is undone one by one. Embedded mock.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { operationByKey } from '../../generated/operations.ts';
import { startMock, type MockHandle } from '../../mock/index.ts';
import { createTargetClient, type TargetClient } from './target-client.ts';
import { endpointConfig, noPacing } from './testing/endpoint-config.ts';
import { BATCH_ROUNDS, accountsMax, batchesOf } from './batch-undo.ts';
import { applyUndo } from './apply-undo.ts';
import { undoOf } from './undo-of.ts';
import { imageShares } from './read-shares.ts';
import type { IntentEntry } from './ledger-entry.ts';

const modify = operationByKey('cvm.ModifyImageSharePermission');
const region = 'ap-guangzhou';
let mock: MockHandle;
let client: TargetClient;
let image: string;
let recipients: string[];
beforeAll(async () => {
  mock = await startMock({ rateLimits: false });
  const f = mock.fixtures();
  client = createTargetClient(endpointConfig(mock.url, f, '/dev/null'), f.credentials!, noPacing);
  image = f.regions[region]!.cvm!.imageId as string;
  recipients = [...(f.regions[region]!.cvm!.recipientAccountIds ?? [])];
});
afterAll(async () => { await client.close(); await mock.close(); });
beforeEach(() => { mock.admin.reset(); mock.admin.clearJournal(); });

const intentOf = (accounts: string[]): IntentEntry => {
  const params = { ImageId: image, AccountIds: accounts, Permission: 'SHARE' };
  return { kind: 'intent', id: 'i1', at: '', operation: modify.key, region, params, undo: undoOf(modify.key, region, params) };
};
const cancels = () => mock.admin.journal().filter((e) => e.action === 'ModifyImageSharePermission').length;
const shares = async () => { const b = await imageShares(client, region, image); if (!b.ok) throw new Error(b.why); return b.value; };

/** Shares `n` recipients, lets the next `failures` cancels fail with InternalError, undoes the share; the cancels sent. */
async function undoWithFailures(n: number, failures: number): Promise<number> {
  const accounts = recipients.slice(0, n);
  expect(accounts).toHaveLength(n);
  await client.call({ operation: modify, params: { ImageId: image, AccountIds: accounts, Permission: 'SHARE' }, region });
  expect(await shares()).toHaveLength(n);
  mock.admin.clearJournal();
  if (failures > 0) mock.admin.setFaults({ internalError: { next: failures, action: 'ModifyImageSharePermission' } });
  expect(await applyUndo(client, intentOf(accounts))).toBeUndefined();
  expect(await shares()).toEqual([]);
  return cancels();
}

describe('batched undo', () => {
  it('undoes a 400-account share with one cancel and one read-back', async () => {
    expect(await undoWithFailures(400, 0)).toBe(1);
  });

  it('sends a lost batch again for what the read-back after it still shows, not account by account', async () => {
    expect(await undoWithFailures(200, 1)).toBe(2);
  });

  it('undoes one by one what every batch round left (a target that fails the batch each time), and sends small undos as they are', async () => {
    expect(await undoWithFailures(5, BATCH_ROUNDS)).toBe(BATCH_ROUNDS + 5);
    expect(batchesOf(undoOf(modify.key, region, { ImageId: image, AccountIds: recipients.slice(0, 2), Permission: 'SHARE' }))).toEqual([]);
  });

  it('chunks a batch at the cancel\'s documented AccountIds maximum (Lighthouse: 10; CVM: none)', () => {
    expect(accountsMax('lighthouse.CancelShareBlueprintAcrossAccounts')).toBe(10);
    expect(accountsMax('cvm.ModifyImageSharePermission')).toBeUndefined();
    const params = { BlueprintId: 'lhbp-gmain000', AccountIds: recipients.slice(0, 23) };
    const batches = batchesOf(undoOf('lighthouse.ShareBlueprintAcrossAccounts', region, params));
    expect(batches.map((b) => (b.params['AccountIds'] as string[]).length)).toEqual([10, 10, 3]);
    expect(batches.flatMap((b) => b.params['AccountIds'] as string[])).toEqual(params.AccountIds);
  });
});
