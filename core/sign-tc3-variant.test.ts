import { describe, it, expect } from 'vitest';
import { buildRequest } from './build-request.ts';
import { resignTc3 } from './resign-tc3.ts';
import { signTc3, type Tc3Input } from './sign-tc3.ts';
import { signTc3Variant, type Tc3Variant } from './sign-tc3-variant.ts';
import { SIGNING_RULES, type SigningRule } from './signing-rules.ts';
import type { WireRequest } from './types.ts';
import { verifyTc3 } from './verify-tc3.ts';

const secretId = 'AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE';
const secretKey = 'Gu5t9xGARNpq86cd98joQYCN3EXAMPLE';
const ts = 1551113065;
// The official TC3 example of the API 3.0 signature page (DescribeInstances on cvm, 2019-02-25).
const vector: Tc3Input = {
  method: 'POST',
  canonicalQuery: '',
  headers: { 'content-type': 'application/json; charset=utf-8', host: 'cvm.tencentcloudapi.com' },
  signedHeaders: ['content-type', 'host'],
  payload: '{"Limit": 1, "Filters": [{"Values": ["\\u672a\\u547d\\u540d"], "Name": "instance-name"}]}',
  timestamp: ts,
  service: 'cvm',
  secretId,
  secretKey,
};
const OFFICIAL = '72e494ea809ad7a8c8f7a4507b9bddcbaa8e581f516e8da2f66e2c5a96525168';
const wire: WireRequest = {
  method: 'POST',
  path: '/',
  headers: { ...vector.headers, 'x-tc-action': 'DescribeInstances', 'x-tc-version': '2017-03-12', 'x-tc-timestamp': String(ts), 'x-tc-region': 'ap-guangzhou',
    authorization: signTc3(vector).authorization },
  body: vector.payload,
};
const built = buildRequest({ service: 'cvm', host: 'cvm.tencentcloudapi.com', action: 'DescribeImages', version: '2017-03-12', region: 'ap-guangzhou', params: { Limit: 1 } },
  { form: 'get-query', signMethod: 'TC3-HMAC-SHA256', credentials: { secretId, secretKey }, timestamp: ts });
if (!built.ok) throw new Error(built.error.message);
const getWire = built.value;

const verify = (request: WireRequest, unenforced?: ReadonlySet<SigningRule>) => {
  const r = verifyTc3({ request, lookupSecret: (id) => (id === secretId ? secretKey : undefined), service: 'cvm', now: ts, ...(unenforced ? { unenforced } : {}) });
  return r.ok ? 'ok' : r.error.code;
};

describe('signTc3Variant, official vector', () => {
  it('an empty variant is the documented signature and Authorization', () => {
    const signed = signTc3Variant(vector, {});
    expect(signed).toEqual(signTc3(vector));
    expect(signed.signature).toBe(OFFICIAL);
  });

  it('re-signing the official request with no variant keeps its Authorization', () => {
    expect(resignTc3(wire, { secretId, secretKey }, 'cvm', {})).toEqual(wire);
  });

  it('the header-only variants keep the documented signature and change only the named piece', () => {
    expect(signTc3Variant(vector, { algorithm: 'tc3-hmac-sha256' }).authorization).toBe(signTc3(vector).authorization.replace(/^TC3-HMAC-SHA256/, 'tc3-hmac-sha256'));
    expect(signTc3Variant(vector, { terminator: 'tc3-request' }).authorization).toContain(`Credential=${secretId}/2019-02-25/cvm/tc3-request, SignedHeaders=content-type;host, Signature=${OFFICIAL}`);
  });

  it('the signed variants name what they signed and change the signature', () => {
    expect(signTc3Variant(vector, { scopeDate: '2019-02-24' }).stringToSign).toMatch(/^TC3-HMAC-SHA256\n1551113065\n2019-02-24\/cvm\/tc3_request\n/);
    expect(signTc3Variant(vector, { scopeService: 'lighthouse' }).credentialScope).toBe('2019-02-25/lighthouse/tc3_request');
    expect(signTc3Variant(vector, { signedHeaders: ['host'] }).canonicalRequest).toBe(
      'POST\n/\n\nhost:cvm.tencentcloudapi.com\n\nhost\n35e9c5b0e3ae67532d3c9f17ead6c90222632e5b1ff7f6e89887f1398934f064');
    expect(signTc3Variant(vector, { method: 'GET' }).canonicalRequest.startsWith('GET\n/\n')).toBe(true);
    expect(signTc3Variant(vector, { payload: '' }).canonicalRequest.endsWith('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855')).toBe(true);
    for (const v of [{ scopeDate: '2019-02-24' }, { scopeService: 'lighthouse' }, { signedHeaders: ['host'] }, { method: 'GET' }, { canonicalUri: '' }, { payload: '' },
      { signedHeaderValues: { 'content-type': '' } }] as Tc3Variant[]) {
      expect(signTc3Variant(vector, v).signature).not.toBe(OFFICIAL);
    }
  });
});

// Each variant breaks exactly one rule: the faithful verifier refuses it with the documented code, a verifier told to
// leave that rule unenforced accepts it, and one leaving every other rule unenforced still refuses it.
const cases: { rule: SigningRule; request: WireRequest; code: string }[] = [
  { rule: 'tc3.algorithm', request: resignTc3(wire, { secretId, secretKey }, 'cvm', { algorithm: 'tc3-hmac-sha256' }), code: 'AuthFailure.InvalidAuthorization' },
  { rule: 'tc3.scope-terminator', request: resignTc3(wire, { secretId, secretKey }, 'cvm', { terminator: 'tc3-request' }), code: 'AuthFailure.InvalidAuthorization' },
  { rule: 'tc3.scope-date', request: resignTc3(wire, { secretId, secretKey }, 'cvm', { scopeDate: '2019-02-24' }), code: 'AuthFailure.InvalidAuthorization' },
  { rule: 'tc3.scope-service', request: resignTc3(wire, { secretId, secretKey }, 'cvm', { scopeService: 'lighthouse' }), code: 'AuthFailure.SignatureFailure' },
  { rule: 'tc3.signed-headers', request: resignTc3(wire, { secretId, secretKey }, 'cvm', { signedHeaders: ['host'] }), code: 'AuthFailure.InvalidAuthorization' },
  { rule: 'tc3.signed-header-changed', request: resignTc3(wire, { secretId, secretKey }, 'cvm', { signedHeaderValues: { 'content-type': '' } }), code: 'AuthFailure.SignatureFailure' },
  { rule: 'tc3.method', request: resignTc3(wire, { secretId, secretKey }, 'cvm', { method: 'GET' }), code: 'AuthFailure.SignatureFailure' },
  { rule: 'tc3.path', request: resignTc3(wire, { secretId, secretKey }, 'cvm', { canonicalUri: '' }), code: 'AuthFailure.SignatureFailure' },
  { rule: 'tc3.query', request: resignTc3(getWire, { secretId, secretKey }, 'cvm', { canonicalQuery: '' }), code: 'AuthFailure.SignatureFailure' },
  { rule: 'tc3.payload', request: resignTc3(wire, { secretId, secretKey }, 'cvm', { payload: '' }), code: 'AuthFailure.SignatureFailure' },
];

describe('each TC3 variant breaks exactly its rule', () => {
  it('the unmodified requests verify', () => {
    expect([verify(wire), verify(getWire)]).toEqual(['ok', 'ok']);
  });
  for (const c of cases) {
    it(`${c.rule}: refused with ${c.code}; accepted only when ${c.rule} is unenforced`, () => {
      expect(verify(c.request)).toBe(c.code);
      expect(verify(c.request, new Set([c.rule]))).toBe('ok');
      expect(verify(c.request, new Set(SIGNING_RULES.filter((r) => r !== c.rule)))).toBe(c.code);
    });
  }
  it('timestamp.future: a timestamp ten minutes ahead passes only a verifier checking the past alone; one behind never', () => {
    const at = (t: number) => resignTc3({ ...wire, headers: { ...wire.headers, 'x-tc-timestamp': String(t) } }, { secretId, secretKey }, 'cvm', {});
    const future = (request: WireRequest, lax?: ReadonlySet<SigningRule>) =>
      verifyTc3({ request, lookupSecret: () => secretKey, service: 'cvm', now: ts - 600, ...(lax ? { unenforced: lax } : {}) });
    expect(future(at(ts)).ok).toBe(false);
    expect(future(at(ts), new Set(['timestamp.future'])).ok).toBe(true);
    expect(verifyTc3({ request: at(ts - 1200), lookupSecret: () => secretKey, service: 'cvm', now: ts - 600, unenforced: new Set(['timestamp.future']) }).ok).toBe(false);
  });
});
