// Every deliberate deviation does what mock/README.md says, over HTTP, and scoping limits it to one action.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Client } from '../../core/client.ts';
import type { Credentials, Params, WireRequest } from '../../core/types.ts';
import { startMock, type MockHandle } from '../index.ts';
import { sendCall, sendWire, signedWire, testClient } from '../testing/signed-call.ts';
import { ACCOUNTS, blueprintIdOf, FILLER_ACCOUNTS, imageIdOf, KEYS } from '../world/default-ids.ts';
import { UNDOCUMENTED_CODE } from './deviate-answer.ts';
import { signingDeviation, type DeviationName } from './fault-plan.ts';
import { resignTc3 } from '../../core/resign-tc3.ts';
import { resignV1, type V1Edit } from '../../core/resign-v1.ts';
import type { Tc3Variant } from '../../core/sign-tc3-variant.ts';
import type { V1Variant } from '../../core/sign-v1-variant.ts';
import type { SigningRule } from '../../core/signing-rules.ts';

const G = 'ap-guangzhou';
const R = ACCOUNTS.recipients;
const SHARE = 'lighthouse.ShareBlueprintAcrossAccounts';
const main = blueprintIdOf(G, 'main');
let mock: MockHandle;
let limited: MockHandle;
let client: Client;

beforeAll(async () => {
  [mock, limited] = await Promise.all([startMock({ rateLimits: false }), startMock({ rateLimits: true })]);
  client = testClient();
});
afterAll(async () => {
  await client.close();
  await Promise.all([mock.close(), limited.close()]);
});
beforeEach(() => {
  mock.admin.reset();
  limited.admin.reset();
});

const deviate = (name: DeviationName, action?: string) => {
  const set = mock.admin.setFaults({ deviations: [{ name, ...(action ? { action } : {}) }] });
  expect(set.ok).toBe(true);
};
const send = (operation: string, params: Params, credentials: Credentials = KEYS.caller, target = mock) => sendCall(client, target.url, { operation, params, credentials });
const sharedWith = async (id: string) => {
  const answer = await send('lighthouse.DescribeBlueprintsShareAcrossAccountInfos', { BlueprintIds: [id] });
  return answer.envelope?.kind === 'success' ? (answer.envelope.fields['BlueprintShareAcrossAccountInfoSet'] as Array<{ AccountId: string }>).map((r) => r.AccountId) : [];
};

describe('deviations', () => {
  it('undocumented-error-code answers errors with a code no doc lists', async () => {
    deviate('undocumented-error-code');
    expect((await send(SHARE, { BlueprintId: main, AccountIds: [ACCOUNTS.caller] })).code).toBe(UNDOCUMENTED_CODE);
  });

  it('missing-request-id leaves RequestId out', async () => {
    deviate('missing-request-id');
    const answer = await send(SHARE, { BlueprintId: main, AccountIds: [ACCOUNTS.caller] });
    expect(JSON.parse(answer.response?.body ?? '{}').Response.RequestId).toBeUndefined();
  });

  it('success-instead-of-error answers success for a refused request and changes nothing', async () => {
    deviate('success-instead-of-error');
    expect((await send(SHARE, { BlueprintId: main, AccountIds: [ACCOUNTS.caller] })).code).toBe('success');
    expect(await sharedWith(main)).toEqual([]);
  });

  it('error-instead-of-success refuses a valid request with a documented code', async () => {
    deviate('error-instead-of-success', SHARE);
    expect((await send(SHARE, { BlueprintId: main, AccountIds: [R[0] as string] })).code).toBe('FailedOperation');
    expect(await sharedWith(main)).toEqual([]);
  });

  it('wrong-field-type changes the JSON type of a success field', async () => {
    deviate('wrong-field-type');
    const described = await send('lighthouse.DescribeBlueprints', { BlueprintIds: [main] });
    expect(JSON.parse(described.response?.body ?? '{}').Response.TotalCount).toBe('1');
    const shared = await send(SHARE, { BlueprintId: main, AccountIds: [R[0] as string] });
    expect(typeof JSON.parse(shared.response?.body ?? '{}').Response.RequestId).toBe('number');
  });

  it('limit-not-enforced accepts 11 accounts', async () => {
    deviate('limit-not-enforced');
    const eleven = R.slice(0, 11);
    expect((await send(SHARE, { BlueprintId: main, AccountIds: eleven })).code).toBe('success');
    expect(await sharedWith(main)).toEqual(eleven);
  });

  it('signature-not-checked accepts a broken signature (but still names the caller by SecretId)', async () => {
    const wire = signedWire({ operation: SHARE, params: { BlueprintId: main, AccountIds: [R[0] as string] }, credentials: KEYS.caller });
    const broken: WireRequest = { ...wire, body: wire.body.replace(R[0] as string, R[1] as string) };
    expect((await sendWire(client, mock.url, broken)).code).toBe('AuthFailure.SignatureFailure');
    deviate('signature-not-checked');
    expect((await sendWire(client, mock.url, broken)).code).toBe('success');
    expect(await sharedWith(main)).toEqual([R[1]]);
  });

  it('timestamp-not-checked accepts a timestamp an hour old', async () => {
    const old = { operation: 'cvm.DescribeImages', params: {}, credentials: KEYS.caller, timestamp: Math.floor(Date.now() / 1000) - 3600 };
    expect((await sendCall(client, mock.url, old)).code).toBe('AuthFailure.SignatureExpire');
    deviate('timestamp-not-checked');
    expect((await sendCall(client, mock.url, old)).code).toBe('success');
  });

  it('share-not-applied and cancel-not-applied answer success without changing the state', async () => {
    deviate('share-not-applied');
    expect((await send(SHARE, { BlueprintId: main, AccountIds: [R[0] as string] })).code).toBe('success');
    expect(await sharedWith(main)).toEqual([]);
    deviate('cancel-not-applied');
    const cancel = blueprintIdOf(G, 'cancel');
    expect((await send('lighthouse.CancelShareBlueprintAcrossAccounts', { BlueprintId: cancel, AccountIds: [R[12] as string] })).code).toBe('success');
    expect(await sharedWith(cancel)).toEqual([R[12], R[13]]);
    expect(mock.admin.journal({ limit: 2 })[0]?.faults).toEqual(['cancel-not-applied']);
  });

  it('rate-limit-not-enforced lets a burst over the limit through', async () => {
    const burst = async () => (await Promise.all(Array.from({ length: 25 }, () => send('lighthouse.DescribeBlueprints', {}, KEYS.caller, limited)))).map((a) => a.code);
    expect((await burst()).filter((c) => c === 'RequestLimitExceeded')).toHaveLength(5);
    limited.admin.reset();
    expect(limited.admin.setFaults({ deviations: [{ name: 'rate-limit-not-enforced' }] }).ok).toBe(true);
    expect((await burst()).every((c) => c === 'success')).toBe(true);
  });

  it('rate-limit-by-delay serves the excess of a burst late instead of refusing it', async () => {
    expect(limited.admin.setFaults({ deviations: [{ name: 'rate-limit-by-delay' }] }).ok).toBe(true);
    const start = performance.now();
    const codes = (await Promise.all(Array.from({ length: 25 }, () => send('lighthouse.DescribeBlueprints', {}, KEYS.caller, limited)))).map((a) => a.code);
    expect(codes.every((c) => c === 'success')).toBe(true);
    expect(performance.now() - start).toBeGreaterThanOrEqual(900);
    expect(limited.admin.journal().filter((e) => e.faults.includes('rate-limit-by-delay'))).toHaveLength(5);
  });

  it('repeated-request-id answers with the previous answer\'s RequestId', async () => {
    const ids = async () => {
      const answers = [await send('cvm.DescribeImages', {}), await send('cvm.DescribeImages', {})];
      return answers.map((a) => JSON.parse(a.response?.body ?? '{}').Response.RequestId as string);
    };
    const [a, b] = await ids();
    expect(a).not.toBe(b);
    deviate('repeated-request-id');
    const [c, d] = await ids();
    expect(c).toBe(d);
  });

  it('cap-only-when-full accepts one SHARE naming 501 accounts but still refuses a full image', async () => {
    const accounts = [...R, ...FILLER_ACCOUNTS].slice(0, 501);
    const modify = 'cvm.ModifyImageSharePermission';
    expect((await send(modify, { ImageId: imageIdOf(G, 'main'), AccountIds: accounts, Permission: 'SHARE' })).code).toBe('InvalidParameterValue.LimitExceeded');
    deviate('cap-only-when-full');
    expect((await send(modify, { ImageId: imageIdOf(G, 'full500'), AccountIds: [R[0] as string], Permission: 'SHARE' })).code).toBe('OverQuota');
    expect((await send(modify, { ImageId: imageIdOf(G, 'main'), AccountIds: accounts, Permission: 'SHARE' })).code).toBe('success');
  });

  it('total-count-off-by-one counts one item more than listed', async () => {
    deviate('total-count-off-by-one');
    const body = JSON.parse((await send('lighthouse.DescribeBlueprints', { BlueprintIds: [main] })).response?.body ?? '{}');
    expect(body.Response.TotalCount).toBe(body.Response.BlueprintSet.length + 1);
  });

  it('lookup-disagrees-with-listing negates BlueprintShared in a lookup by ID only', async () => {
    const shared = async (params: Params) => {
      const body = JSON.parse((await send('lighthouse.DescribeBlueprints', params)).response?.body ?? '{}');
      return (body.Response.BlueprintSet as { BlueprintId: string; BlueprintShared: boolean }[]).find((b) => b.BlueprintId === main)?.BlueprintShared;
    };
    deviate('lookup-disagrees-with-listing');
    expect(await shared({ BlueprintIds: [main] })).toBe(true);
    expect(await shared({ Limit: 100 })).toBe(false);
  });

  it('a deviation scoped to an operation key leaves the other product\'s action of the same name alone', async () => {
    deviate('success-instead-of-error', 'cvm.ModifyImageSharePermission');
    expect((await send('cvm.ModifyImageSharePermission', { ImageId: imageIdOf(G, 'byol'), AccountIds: [R[0] as string], Permission: 'SHARE' })).code).toBe('success');
    expect((await send('lighthouse.ModifyImageSharePermission', { ImageId: imageIdOf(G, 'import'), Permission: 'SHARE' })).code).toBe('UnsupportedOperation.ImageUnableToShare');
  });

  it('token-not-checked lets a temporary key through without its token', async () => {
    const tokenless = { secretId: KEYS.callerTemporary.secretId, secretKey: KEYS.callerTemporary.secretKey };
    expect((await send('cvm.DescribeImages', {}, tokenless)).code).toBe('AuthFailure.TokenFailure');
    deviate('token-not-checked');
    expect((await send('cvm.DescribeImages', {}, tokenless)).code).toBe('success');
  });
});

// Each signing rule's deviation lets through exactly the request that breaks that rule (refused by the faithful
// mock with the rule's code), and only on the action it is scoped to.
const LIST = 'cvm.DescribeImages';
const tc3 = (v: Tc3Variant, form: 'post-json' | 'get-query' = 'post-json') =>
  resignTc3(signedWire({ operation: LIST, params: { Limit: 1 }, credentials: KEYS.caller, form, signMethod: 'TC3-HMAC-SHA256' }), KEYS.caller, 'cvm', v);
const v1 = (v: V1Variant, edit?: V1Edit) => resignV1(signedWire({ operation: LIST, params: { Limit: 1 }, credentials: KEYS.caller, form: 'get-query' }), KEYS.caller.secretKey, v, edit);
const broken: readonly [SigningRule, () => WireRequest, string][] = [
  ['tc3.algorithm', () => tc3({ algorithm: 'tc3-hmac-sha256' }), 'AuthFailure.InvalidAuthorization'],
  ['tc3.scope-terminator', () => tc3({ terminator: 'tc3-request' }), 'AuthFailure.InvalidAuthorization'],
  ['tc3.scope-date', () => tc3({ scopeDate: '2020-01-01' }), 'AuthFailure.InvalidAuthorization'],
  ['tc3.scope-service', () => tc3({ scopeService: 'lighthouse' }), 'AuthFailure.SignatureFailure'],
  ['tc3.signed-headers', () => tc3({ signedHeaders: ['host'] }), 'AuthFailure.InvalidAuthorization'],
  ['tc3.signed-header-changed', () => tc3({ signedHeaderValues: { 'content-type': '' } }), 'AuthFailure.SignatureFailure'],
  ['tc3.method', () => tc3({ method: 'GET' }), 'AuthFailure.SignatureFailure'],
  ['tc3.path', () => tc3({ canonicalUri: '' }), 'AuthFailure.SignatureFailure'],
  ['tc3.query', () => tc3({ canonicalQuery: '' }, 'get-query'), 'AuthFailure.SignatureFailure'],
  ['tc3.payload', () => tc3({ payload: '' }), 'AuthFailure.SignatureFailure'],
  ['v1.method', () => v1({ method: 'POST' }), 'AuthFailure.SignatureFailure'],
  ['v1.host', () => v1({ host: '' }), 'AuthFailure.SignatureFailure'],
  ['v1.path', () => v1({ path: '' }), 'AuthFailure.SignatureFailure'],
  ['v1.sorted', () => v1({ order: 'as-given' }), 'AuthFailure.SignatureFailure'],
  ['v1.params', () => v1({ only: ['Action', 'Nonce', 'Region', 'SecretId', 'SignatureMethod', 'Timestamp', 'Version'] }), 'AuthFailure.SignatureFailure'],
  ['v1.signature-method', () => v1({ hash: 'HmacSHA1' }), 'AuthFailure.SignatureFailure'],
  ['v1.nonce', () => v1({}, { remove: ['Nonce'] }), 'MissingParameter'],
  ['v1.timestamp', () => v1({}, { set: { Timestamp: 'soon' } }), 'InvalidParameterValue'],
  ['timestamp.future', () => signedWire({ operation: LIST, params: {}, credentials: KEYS.caller, timestamp: Math.floor(Date.now() / 1000) + 900 }), 'AuthFailure.SignatureExpire'],
];

describe('signing deviations', () => {
  for (const [rule, request, code] of broken) {
    it(`${signingDeviation(rule)}: the request breaking ${rule} (${code}) is accepted, on the scoped action only`, async () => {
      expect((await sendWire(client, mock.url, request())).code).toBe(code);
      deviate(signingDeviation(rule), 'cvm.DescribeImageSharePermission');
      expect((await sendWire(client, mock.url, request())).code).toBe(code);
      deviate(signingDeviation(rule), LIST);
      expect((await sendWire(client, mock.url, request())).code).toBe('success');
    });
  }
});

