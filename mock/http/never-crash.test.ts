// Property: whatever arrives — valid or broken signed requests of any action, version, form and parameters, or
// garbage — the mock answers HTTP 200 with a well-formed envelope, a UUID RequestId and a documented code.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildRequest } from '../../core/build-request.ts';
import type { Client } from '../../core/client.ts';
import type { Credentials, RequestForm, SignMethod, WireRequest } from '../../core/types.ts';
import { arbitraries } from '../../generated/arbitraries/index.ts';
import { commonErrorCodes, operations, type Operation, type OperationKey } from '../../generated/operations.ts';
import { startMock, type MockHandle } from '../index.ts';
import { sendWire, testClient } from '../testing/signed-call.ts';
import { KEYS } from '../world/default-ids.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const FORMS: ReadonlyArray<readonly [RequestForm, SignMethod]> = [['post-json', 'TC3-HMAC-SHA256'], ['get-query', 'HmacSHA256'], ['get-query', 'HmacSHA1'], ['post-form', 'HmacSHA1'], ['get-query', 'TC3-HMAC-SHA256']];
const HOSTS = ['lighthouse.tencentcloudapi.com', 'lighthouse.intl.tencentcloudapi.com', 'cvm.tencentcloudapi.com', '127.0.0.1'];
const CREDENTIALS: Credentials[] = [KEYS.caller, KEYS.callerTemporary, KEYS.other, { secretId: 'AKIDunknown0000000000000000000000', secretKey: 'x' }];

let mock: MockHandle;
let client: Client;
beforeAll(async () => {
  mock = await startMock({ rateLimits: false });
  client = testClient();
});
afterAll(async () => {
  await client.close();
  await mock.close();
});

/** Codes a request naming `action` may be answered with: every code documented for an action of that name, and the common ones. */
function allowed(action: string): Set<string> {
  return new Set([...Object.keys(commonErrorCodes), ...operations.filter((o) => o.action === action).flatMap((o) => Object.keys(o.errorCodes))]);
}

const params = (key: OperationKey) => fc.oneof(
  arbitraries[key].valid(),
  ...arbitraries[key].violations().map((v) => v.arbitrary.map((c) => c.params)),
  fc.dictionary(fc.string({ maxLength: 12 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 4 }),
);

/** `undefined` four times out of five: most generated requests get past routing. */
function rarely<T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> {
  return fc.oneof({ weight: 4, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: arb });
}

/** One signed request to build. */
interface SignedCase {
  readonly op: Operation;
  readonly fakeAction: string | undefined;
  readonly version: string | undefined;
  readonly form: readonly [RequestForm, SignMethod];
  readonly host: string;
  readonly credentials: Credentials;
  readonly region: string | undefined;
  readonly skew: number;
  readonly corrupt: boolean;
  readonly params: Record<string, unknown>;
}

const signed: fc.Arbitrary<SignedCase> = fc.record({
  op: fc.constantFrom(...operations),
  fakeAction: rarely(fc.constantFrom('RunInstances', 'DescribeBlueprints', 'ModifyImageSharePermission', '')),
  version: rarely(fc.constantFrom('2020-03-24', '2017-03-12', '2099-01-01')),
  form: fc.constantFrom(...FORMS),
  host: fc.oneof({ weight: 3, arbitrary: fc.constant('own') }, fc.constantFrom(...HOSTS)),
  credentials: fc.oneof({ weight: 6, arbitrary: fc.constant(KEYS.caller) }, fc.constantFrom(...CREDENTIALS)),
  region: fc.oneof({ weight: 6, arbitrary: fc.constant('ap-guangzhou') }, fc.constantFrom('ap-singapore', 'ap-tokyo', 'xx-nowhere-9', undefined)),
  skew: fc.oneof({ weight: 6, arbitrary: fc.constant(0) }, fc.constantFrom(400, -400)),
  corrupt: fc.oneof({ weight: 6, arbitrary: fc.constant(false) }, fc.constant(true)),
}).chain((r) => params(r.op.key as OperationKey).map((p) => ({ ...r, params: p })));

const garbage = fc.record({
  method: fc.constantFrom('GET', 'POST', 'PUT', 'PATCH', 'OPTIONS', 'DELETE'),
  path: fc.constantFrom('/', '/?', '/?Action=DescribeImages&Version=2017-03-12', '/?%zz=1', '/x/y?a.0=1&a.2=2', '/?A=1&A=2'),
  contentType: fc.constantFrom('application/json', 'application/x-www-form-urlencoded', 'text/plain', ''),
  action: fc.constantFrom('ShareBlueprintAcrossAccounts', 'DescribeImages', 'Nope', ''),
  body: fc.oneof(fc.string({ maxLength: 200 }), fc.json(), fc.constant('{"AccountIds": {"0": 1}}')),
});

function wireOfSigned(s: SignedCase): WireRequest | undefined {
  const call = { service: s.op.service, host: s.host === 'own' ? (s.op.hosts[0]?.host ?? '127.0.0.1') : s.host, action: s.fakeAction ?? s.op.action, version: s.version ?? s.op.version, params: s.params, ...(s.region ? { region: s.region } : {}) };
  const built = buildRequest(call, { form: s.form[0], signMethod: s.form[1], credentials: s.credentials, timestamp: Math.floor(Date.now() / 1000) + s.skew });
  if (!built.ok) return undefined;
  const wire = built.value;
  if (!s.corrupt) return wire;
  return wire.body !== '' ? { ...wire, body: `${wire.body} ` } : { ...wire, path: `${wire.path}${wire.path.includes('?') ? '&' : '?'}Extra=1` };
}

async function assertWellFormed(wire: WireRequest, action: string): Promise<void> {
  const answer = await sendWire(client, mock.url, wire);
  expect(answer.failure).toBeUndefined();
  expect(answer.response?.status).toBe(200);
  const envelope = answer.envelope;
  expect(envelope?.kind, answer.response?.body).not.toBe('neither');
  if (envelope === undefined || envelope.kind === 'neither') return;
  expect(envelope.requestId).toMatch(UUID);
  if (envelope.kind === 'error') expect([...allowed(action)], `${envelope.code} for ${action}`).toContain(envelope.code);
}

describe('the mock never crashes', () => {
  it('answers every signed request, valid or broken, with a well-formed envelope and a documented code', async () => {
    await fc.assert(fc.asyncProperty(signed, async (r) => {
      const wire = wireOfSigned(r);
      fc.pre(wire !== undefined);
      await assertWellFormed(wire as WireRequest, r.fakeAction ?? r.op.action);
    }), { numRuns: 300, seed: 20260324 });
  });

  it('answers garbage with a well-formed envelope', async () => {
    await fc.assert(fc.asyncProperty(garbage, async (g) => {
      const headers: Record<string, string> = { host: 'lighthouse.tencentcloudapi.com', 'x-tc-action': g.action, 'x-tc-version': '2020-03-24' };
      if (g.contentType !== '') headers['content-type'] = g.contentType;
      const wire: WireRequest = { method: g.method, path: g.path, headers, body: g.method === 'GET' ? '' : g.body };
      await assertWellFormed(wire, g.action);
    }), { numRuns: 200, seed: 20260325 });
  });
});
