// Shares, cancels and modifications over HTTP, read back through the observer actions; every answer is validated
// against the generated response validator of its action (the one spec the suites judge with).
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Client } from '../../core/client.ts';
import type { Params } from '../../core/types.ts';
import { operationByKey } from '../../generated/operations.ts';
import { validatorFor } from '../../generated/validators.ts';
import { startMock, type MockHandle } from '../index.ts';
import { isoSeconds, manualClock } from '../rules/clock.ts';
import { sendCall, testClient, type TestAnswer } from '../testing/signed-call.ts';
import { ACCOUNTS, blueprintIdOf, imageIdOf, KEYS } from '../world/default-ids.ts';

const G = 'ap-guangzhou';
const [R0, R1] = ACCOUNTS.recipients as [string, string];
const clock = manualClock(Math.floor(Date.now() / 1000) * 1000);
let mock: MockHandle;
let client: Client;

beforeAll(async () => {
  mock = await startMock({ rateLimits: false, clock });
  client = testClient();
});
afterAll(async () => {
  await client.close();
  await mock.close();
});
beforeEach(() => mock.admin.reset());

/** Sends as the caller (signed at the mock's clock) and checks the answer against the action's response schema. */
async function call(operation: string, params: Params, region = G): Promise<TestAnswer & { fields: Record<string, unknown> }> {
  const answer = await sendCall(client, mock.url, { operation, params, credentials: KEYS.caller, region, timestamp: Math.floor(clock.nowMs() / 1000) });
  const validate = validatorFor(operationByKey(operation).responseValidator);
  expect(validate(JSON.parse(answer.response?.body ?? 'null')), JSON.stringify(validate.errors)).toBe(true);
  return { ...answer, fields: answer.envelope?.kind === 'success' ? { ...answer.envelope.fields } : {} };
}

const shareInfos = async (id: string, region = G) =>
  ((await call('lighthouse.DescribeBlueprintsShareAcrossAccountInfos', { BlueprintIds: [id] }, region)).fields['BlueprintShareAcrossAccountInfoSet'] as Array<Record<string, string>>);

describe('state read back through the observers', () => {
  it('Lighthouse share and cancel show in DescribeBlueprintsShareAcrossAccountInfos and DescribeBlueprints', async () => {
    const main = blueprintIdOf(G, 'main');
    expect((await call('lighthouse.ShareBlueprintAcrossAccounts', { BlueprintId: main, AccountIds: [R0, R1] })).code).toBe('success');
    expect(await shareInfos(main)).toEqual([
      { BlueprintId: main, AccountId: R0, CreatedTime: isoSeconds(clock.nowMs()) },
      { BlueprintId: main, AccountId: R1, CreatedTime: isoSeconds(clock.nowMs()) },
    ]);
    const described = await call('lighthouse.DescribeBlueprints', { BlueprintIds: [main] });
    expect(described.fields['BlueprintSet']).toMatchObject([{ BlueprintId: main, BlueprintType: 'PRIVATE', BlueprintShared: true }]);
    expect((await call('lighthouse.CancelShareBlueprintAcrossAccounts', { BlueprintId: main, AccountIds: [R0] })).code).toBe('success');
    expect((await shareInfos(main)).map((r) => r.AccountId)).toEqual([R1]);
    expect(await shareInfos(blueprintIdOf('ap-singapore', 'main'), 'ap-singapore')).toEqual([]);
    expect(mock.admin.journal().filter((e) => e.stateChanged).map((e) => e.action)).toEqual(['ShareBlueprintAcrossAccounts', 'CancelShareBlueprintAcrossAccounts']);
  });

  it('Lighthouse ModifyImageSharePermission SHARE is a SHARED blueprint with the CVM ImageId; CANCEL removes it', async () => {
    const image = imageIdOf(G, 'lhmain');
    const shared = await call('lighthouse.ModifyImageSharePermission', { ImageId: image, Permission: 'SHARE' });
    const id = shared.fields['BlueprintId'] as string;
    expect(id).toMatch(/^lhbp-[0-9a-z]{8}$/);
    const found = await call('lighthouse.DescribeBlueprints', { Filters: [{ Name: 'blueprint-id', Values: [id] }] });
    expect(found.fields).toMatchObject({ TotalCount: 1, BlueprintSet: [{ BlueprintId: id, BlueprintType: 'SHARED', ImageId: image, BlueprintState: 'NORMAL' }] });
    const cancelled = await call('lighthouse.ModifyImageSharePermission', { ImageId: image, Permission: 'CANCEL' });
    expect(cancelled.fields).toEqual({ BlueprintId: null });
    expect((await call('lighthouse.DescribeBlueprints', { BlueprintIds: [id] })).fields['TotalCount']).toBe(0);
  });

  it('CVM share and cancel show in DescribeImageSharePermission', async () => {
    const image = imageIdOf(G, 'main');
    const permissions = async () => ((await call('cvm.DescribeImageSharePermission', { ImageId: image })).fields['SharePermissionSet'] as Array<Record<string, string>>);
    expect(await permissions()).toEqual([]);
    expect((await call('cvm.ModifyImageSharePermission', { ImageId: image, AccountIds: [R0, R1], Permission: 'SHARE' })).code).toBe('success');
    expect(await permissions()).toEqual([{ CreatedTime: isoSeconds(clock.nowMs()), AccountId: R0 }, { CreatedTime: isoSeconds(clock.nowMs()), AccountId: R1 }]);
    expect((await call('cvm.ModifyImageSharePermission', { ImageId: image, AccountIds: [R1], Permission: 'CANCEL' })).code).toBe('success');
    expect((await permissions()).map((p) => p.AccountId)).toEqual([R0]);
  });

  it('DescribeImages lists own, public and shared-with-you images of the region with every required field', async () => {
    const all = await call('cvm.DescribeImages', { Limit: 100 });
    const set = all.fields['ImageSet'] as Array<Record<string, unknown>>;
    expect(set.every((i) => String(i['ImageId']).startsWith('img-g'))).toBe(true);
    expect(new Set(set.map((i) => i['ImageType']))).toEqual(new Set(['PRIVATE_IMAGE', 'PUBLIC_IMAGE', 'SHARED_IMAGE']));
    expect(set.some((i) => i['ImageId'] === imageIdOf(G, 'foreign'))).toBe(false);
    const byType = await call('cvm.DescribeImages', { Filters: [{ Name: 'image-type', Values: ['SHARED_IMAGE'] }] });
    expect(byType.fields['TotalCount']).toBe(1);
  });

  it('reset restores the seeded world', async () => {
    const main = blueprintIdOf(G, 'main');
    await call('lighthouse.ShareBlueprintAcrossAccounts', { BlueprintId: main, AccountIds: [R0] });
    mock.admin.reset();
    expect(await shareInfos(main)).toEqual([]);
  });
});
