// The official Node SDK, pointed at a loopback capture server, must produce requests our verifier accepts and
// our parser reads back; any one-character tampering must then be rejected.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { Agent, type AgentOptions } from 'node:http';
import * as tencentcloud from 'tencentcloud-sdk-nodejs';
import { canonicalHost } from './canonical-host.ts';
import { parseIncoming } from './parse-incoming.ts';
import { verifySignature } from './verify-signature.ts';
import { startCaptureServer, type CaptureServer } from './testing/capture-server.ts';
import { mutateAt, mutateCarrier, mutateTimestamp, withHeader } from './testing/mutate.ts';
import type { SignMethod, VerifyInput, WireRequest } from './types.ts';

// A set proxy variable would route even loopback requests through a proxy.
for (const name of ['http_proxy', 'HTTP_PROXY', 'https_proxy', 'HTTPS_PROXY']) delete process.env[name];

const secretId = 'AKIDcaptureTest0000000000000001234';
const secretKey = 'captureSecretKey00000000000000000';
const token = 'session-token-0123456789abcdef';
const HOST = 'lighthouse.tencentcloudapi.com';
const params = { BlueprintId: 'lhbp-6rk3vm2h', AccountIds: ['100020512675', '100020512676'] };

// Every name resolves to loopback, so the SDK keeps the real host name (and service) in what it signs.
const lookup: AgentOptions['lookup'] = (_host, options, callback) => {
  const cb = callback as (err: Error | null, address: unknown, family?: number) => void;
  if ((options as { all?: boolean }).all) cb(null, [{ address: '127.0.0.1', family: 4 }]);
  else cb(null, '127.0.0.1', 4);
};
const agent = new Agent({ keepAlive: false, lookup });

let server: CaptureServer;
beforeAll(async () => {
  server = await startCaptureServer();
});
afterAll(async () => {
  agent.destroy();
  await server.close();
});

async function capture(signMethod: SignMethod, reqMethod: 'POST' | 'GET', withToken = false): Promise<WireRequest> {
  const client = new tencentcloud.lighthouse.v20200324.Client({
    credential: withToken ? { secretId, secretKey, token } : { secretId, secretKey },
    region: 'ap-guangzhou',
    profile: { signMethod, httpProfile: { reqMethod, endpoint: `${HOST}:${server.port}`, protocol: 'http://', agent, reqTimeout: 5 } },
  });
  const before = server.requests.length;
  const answer = await client.ShareBlueprintAcrossAccounts(params);
  expect(answer.RequestId).toMatch(/^[0-9a-f-]{36}$/);
  expect(server.requests).toHaveLength(before + 1);
  const request = server.requests[before];
  if (request === undefined) throw new Error('nothing captured');
  return request;
}

const verify = (request: WireRequest) =>
  verifySignature({ request, lookupSecret: (id) => (id === secretId ? secretKey : undefined), service: 'lighthouse', now: Math.floor(Date.now() / 1000) } satisfies VerifyInput);

const cases: ReadonlyArray<{ signMethod: SignMethod; reqMethod: 'POST' | 'GET'; form: string }> = [
  { signMethod: 'TC3-HMAC-SHA256', reqMethod: 'POST', form: 'post-json' },
  { signMethod: 'TC3-HMAC-SHA256', reqMethod: 'GET', form: 'get-query' },
  { signMethod: 'HmacSHA256', reqMethod: 'GET', form: 'get-query' },
  { signMethod: 'HmacSHA1', reqMethod: 'GET', form: 'get-query' },
  { signMethod: 'HmacSHA1', reqMethod: 'POST', form: 'post-form' },
];

describe('tencentcloud-sdk-nodejs requests, captured on loopback', () => {
  for (const { signMethod, reqMethod, form } of cases) {
    for (const withToken of [false, true]) {
      it(`${signMethod} ${reqMethod}${withToken ? ' with a session token' : ''}: verifies, parses, and rejects tampering`, async () => {
        const request = await capture(signMethod, reqMethod, withToken);
        expect(canonicalHost(request.headers['host'] ?? '')).toBe(HOST);

        expect(verify(request)).toMatchObject({ ok: true, value: { secretId, signMethod } });
        const parsed = parseIncoming(request);
        if (!parsed.ok) throw new Error(parsed.error.message);
        expect(parsed.value).toMatchObject({
          form,
          signMethod,
          action: 'ShareBlueprintAcrossAccounts',
          version: '2020-03-24',
          region: 'ap-guangzhou',
          secretId,
          token: withToken ? token : undefined,
          params,
        });

        for (let i = 0; i < 12; i++) {
          expect(verify(mutateCarrier(request, i * 7 + 3)).ok, `body/query change ${i}`).toBe(false);
          expect(verify(mutateTimestamp(request, i)).ok, `timestamp change ${i}`).toBe(false);
        }
        const hostLength = HOST.length;
        for (let i = 0; i < hostLength; i += 3) {
          const tampered = withHeader(request, 'host', mutateAt(request.headers['host'] ?? '', i));
          expect(verify(tampered)).toMatchObject({ ok: false, error: { code: 'AuthFailure.SignatureFailure' } });
        }
        if (signMethod === 'TC3-HMAC-SHA256') {
          const contentType = request.headers['content-type'] ?? '';
          // A case flip keeps the media type readable, so only the signature can object.
          const last = contentType.slice(-1);
          const tampered = withHeader(request, 'content-type', `${contentType.slice(0, -1)}${last === last.toUpperCase() ? last.toLowerCase() : last.toUpperCase()}`);
          expect(verify(tampered)).toMatchObject({ ok: false, error: { code: 'AuthFailure.SignatureFailure' } });
        }
      });
    }
  }
});
