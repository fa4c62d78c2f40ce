import { describe, it, expect } from 'vitest';
import { buildRequest } from './build-request.ts';
import { resignV1, type V1Edit } from './resign-v1.ts';
import { signV1 } from './sign-v1.ts';
import { signV1Variant, v1VariantSource, type V1Variant } from './sign-v1-variant.ts';
import { SIGNING_RULES, type SigningRule } from './signing-rules.ts';
import type { WireRequest } from './types.ts';
import { verifyV1 } from './verify-v1.ts';

const secretId = 'AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE';
const secretKey = 'Gu5t9xGARNpq86cd98joQYCN3EXAMPLE';
// The official v1 example of the API 3.0 signature page (DescribeInstances on cvm).
const params = {
  Action: 'DescribeInstances', 'InstanceIds.0': 'ins-09dx96dg', Limit: '20', Nonce: '11886', Offset: '0', Region: 'ap-guangzhou',
  SecretId: secretId, Timestamp: '1465185768', Version: '2017-03-12',
};
const input = { method: 'GET', host: 'cvm.tencentcloudapi.com', params, secretKey };
const source = 'GETcvm.tencentcloudapi.com/?Action=DescribeInstances&InstanceIds.0=ins-09dx96dg&Limit=20&Nonce=11886&Offset=0' +
  '&Region=ap-guangzhou&SecretId=AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE&Timestamp=1465185768&Version=2017-03-12';

describe('signV1Variant, official vectors', () => {
  it('an empty variant is the documented HmacSHA1 and HmacSHA256 signature', () => {
    expect(signV1Variant({ ...input, signMethod: 'HmacSHA1' }, {})).toEqual({ signature: 'EliP9YW3pW28FpsEdkXt/+WcGeI=', source });
    expect(signV1Variant({ ...input, signMethod: 'HmacSHA256' }, {})).toEqual({ signature: 'bR/zQ3QqOmcEYeRv71IzG/NxfisUDgy9cqRMQC+UB5g=', source });
  });

  it('each variant changes exactly the named piece of the source string', () => {
    expect(v1VariantSource(input, { method: 'POST' })).toBe(source.replace(/^GET/, 'POST'));
    expect(v1VariantSource(input, { host: '' })).toBe(source.replace('cvm.tencentcloudapi.com', ''));
    expect(v1VariantSource(input, { path: '' })).toBe(source.replace('.com/?', '.com?'));
    expect(v1VariantSource({ ...input, params: Object.fromEntries(Object.entries(params).reverse()) }, { order: 'as-given' }))
      .toBe(`GETcvm.tencentcloudapi.com/?${source.split('?')[1]?.split('&').reverse().join('&')}`);
    expect(v1VariantSource(input, { only: ['Action', 'Nonce'] })).toBe('GETcvm.tencentcloudapi.com/?Action=DescribeInstances&Nonce=11886');
    expect(signV1Variant({ ...input, signMethod: 'HmacSHA256' }, { hash: 'HmacSHA1' }).signature).toBe('EliP9YW3pW28FpsEdkXt/+WcGeI=');
  });
});

const ts = 1465185768;
const built = buildRequest({ service: 'cvm', host: 'cvm.tencentcloudapi.com', action: 'DescribeImages', version: '2017-03-12', region: 'ap-guangzhou', params: { Limit: 1 } },
  { form: 'get-query', signMethod: 'HmacSHA256', credentials: { secretId, secretKey }, timestamp: ts, nonce: 11886 });
if (!built.ok) throw new Error(built.error.message);
const wire = built.value;
const verify = (request: WireRequest, unenforced?: ReadonlySet<SigningRule>) => {
  const r = verifyV1({ request, lookupSecret: (id) => (id === secretId ? secretKey : undefined), service: 'cvm', now: ts, ...(unenforced ? { unenforced } : {}) });
  return r.ok ? 'ok' : r.error.code;
};
const commons = ['Action', 'Nonce', 'Region', 'SecretId', 'SignatureMethod', 'Timestamp', 'Version'];
const cases: { rule: SigningRule; variant?: V1Variant; edit?: V1Edit; code: string }[] = [
  { rule: 'v1.method', variant: { method: 'POST' }, code: 'AuthFailure.SignatureFailure' },
  { rule: 'v1.host', variant: { host: '' }, code: 'AuthFailure.SignatureFailure' },
  { rule: 'v1.path', variant: { path: '' }, code: 'AuthFailure.SignatureFailure' },
  { rule: 'v1.sorted', variant: { order: 'as-given' }, code: 'AuthFailure.SignatureFailure' },
  { rule: 'v1.params', variant: { only: commons }, code: 'AuthFailure.SignatureFailure' },
  { rule: 'v1.signature-method', variant: { hash: 'HmacSHA1' }, code: 'AuthFailure.SignatureFailure' },
  { rule: 'v1.nonce', edit: { remove: ['Nonce'] }, code: 'MissingParameter' },
  { rule: 'v1.nonce', edit: { set: { Nonce: '-1' } }, code: 'InvalidParameterValue' },
  { rule: 'v1.timestamp', edit: { remove: ['Timestamp'] }, code: 'MissingParameter' },
  { rule: 'v1.timestamp', edit: { set: { Timestamp: 'now' } }, code: 'InvalidParameterValue' },
];

describe('each v1 variant breaks exactly its rule', () => {
  it('re-signing with no variant keeps the request valid, and its bytes', () => {
    expect(resignV1(wire, secretKey, {})).toEqual(wire);
    expect(verify(wire)).toBe('ok');
  });
  it('re-signing a POST form works the same way', () => {
    const form = buildRequest({ service: 'cvm', host: 'cvm.tencentcloudapi.com', action: 'DescribeImages', version: '2017-03-12', region: 'ap-guangzhou', params: { Limit: 1 } },
      { form: 'post-form', signMethod: 'HmacSHA1', credentials: { secretId, secretKey }, timestamp: ts });
    if (!form.ok) throw new Error(form.error.message);
    expect(verify(resignV1(form.value, secretKey, {}, { set: { Limit: '2' } }))).toBe('ok');
    expect(verify(resignV1(form.value, secretKey, { method: 'GET' }))).toBe('AuthFailure.SignatureFailure');
  });
  for (const c of cases) {
    it(`${c.rule} (${JSON.stringify(c.variant ?? c.edit)}): refused with ${c.code}; accepted only when ${c.rule} is unenforced`, () => {
      const request = resignV1(wire, secretKey, c.variant ?? {}, c.edit);
      expect(verify(request)).toBe(c.code);
      expect(verify(request, new Set([c.rule]))).toBe('ok');
      expect(verify(request, new Set(SIGNING_RULES.filter((r) => r !== c.rule)))).toBe(c.code);
    });
  }
  it('the pairs are sent in the order signed: sorted, or reverse-sorted for as-given', () => {
    const names = (w: WireRequest) => (w.path.split('?')[1] ?? '').split('&').map((p) => p.split('=')[0]).filter((n) => n !== 'Signature');
    expect(names(resignV1(wire, secretKey, {}))).toEqual([...names(wire)].sort());
    expect(names(resignV1(wire, secretKey, { order: 'as-given' }))).toEqual([...names(wire)].sort().reverse());
    expect(signV1({ method: 'GET', host: 'cvm.tencentcloudapi.com', params, secretKey, signMethod: 'HmacSHA1' }).signature).toBe('EliP9YW3pW28FpsEdkXt/+WcGeI=');
  });
});
