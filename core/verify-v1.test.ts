import { describe, it, expect } from 'vitest';
import { encodePairs } from './percent-encode.ts';
import { signV1 } from './sign-v1.ts';
import { verifyV1 } from './verify-v1.ts';
import { verifySignature } from './verify-signature.ts';
import type { VerifyInput, WireRequest } from './types.ts';

const secretId = 'AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE';
const secretKey = 'Gu5t9xGARNpq86cd98joQYCN3EXAMPLE';
const ts = 1465185768;
// The official v1 example of the signature page.
const params: Record<string, string> = {
  Action: 'DescribeInstances',
  'InstanceIds.0': 'ins-09dx96dg',
  Limit: '20',
  Nonce: '11886',
  Offset: '0',
  Region: 'ap-guangzhou',
  SecretId: secretId,
  Timestamp: String(ts),
  Version: '2017-03-12',
};

function get(p: Record<string, string>, host = 'cvm.tencentcloudapi.com'): WireRequest {
  return { method: 'GET', path: `/?${encodePairs(Object.entries(p))}`, headers: { host }, body: '' };
}
function signed(p: Record<string, string>, signMethod: 'HmacSHA1' | 'HmacSHA256', host = 'cvm.tencentcloudapi.com'): Record<string, string> {
  return { ...p, Signature: signV1({ method: 'GET', host, params: p, secretKey, signMethod }).signature };
}
const input = (request: WireRequest, extra: Partial<VerifyInput> = {}): VerifyInput => ({
  request,
  lookupSecret: (id) => (id === secretId ? secretKey : undefined),
  service: 'cvm',
  now: ts,
  ...extra,
});
const codeOf = (request: WireRequest, extra: Partial<VerifyInput> = {}) => {
  const result = verifyV1(input(request, extra));
  return result.ok ? 'ok' : result.error.code;
};
const without = (p: Record<string, string>, name: string) => Object.fromEntries(Object.entries(p).filter(([k]) => k !== name));

describe('verifyV1', () => {
  it('accepts the official example with HmacSHA1 (default) and HmacSHA256', () => {
    const sha1 = get({ ...params, Signature: 'EliP9YW3pW28FpsEdkXt/+WcGeI=' });
    expect(verifyV1(input(sha1))).toEqual({ ok: true, value: { secretId, signMethod: 'HmacSHA1', timestamp: ts } });
    const sha256 = get({ ...params, Signature: 'bR/zQ3QqOmcEYeRv71IzG/NxfisUDgy9cqRMQC+UB5g=' });
    expect(codeOf(sha256)).toBe('AuthFailure.SignatureFailure');
    const declared = { ...params, SignatureMethod: 'HmacSHA256' };
    expect(verifySignature(input(get(signed(declared, 'HmacSHA256'))))).toMatchObject({ ok: true, value: { signMethod: 'HmacSHA256' } });
  });

  it('accepts a POST form body', () => {
    const p = signed(params, 'HmacSHA1');
    const source = signV1({ method: 'POST', host: 'cvm.tencentcloudapi.com', params, secretKey, signMethod: 'HmacSHA1' });
    const body = encodePairs(Object.entries({ ...params, Signature: source.signature }));
    const wire: WireRequest = { method: 'POST', path: '/', headers: { host: 'cvm.tencentcloudapi.com', 'content-type': 'application/x-www-form-urlencoded' }, body };
    expect(verifySignature(input(wire)).ok).toBe(true);
    expect(codeOf({ ...wire, body: encodePairs(Object.entries(p)) })).toBe('AuthFailure.SignatureFailure');
  });

  it('MissingParameter for a missing Signature, SecretId, Nonce or Timestamp', () => {
    const full = signed(params, 'HmacSHA1');
    expect(verifyV1(input(get(without(full, 'Signature'))))).toEqual({ ok: false, error: { code: 'MissingParameter', message: 'the Signature parameter is missing' } });
    expect(codeOf(get(without(full, 'SecretId')))).toBe('MissingParameter');
    expect(codeOf(get(without(full, 'Nonce')))).toBe('MissingParameter');
    expect(codeOf(get(without(full, 'Timestamp')))).toBe('MissingParameter');
  });

  it('InvalidParameterValue for a malformed Timestamp, Nonce or SignatureMethod', () => {
    expect(codeOf(get(signed({ ...params, Timestamp: 'now' }, 'HmacSHA1')))).toBe('InvalidParameterValue');
    expect(codeOf(get(signed({ ...params, Nonce: '-5' }, 'HmacSHA1')))).toBe('InvalidParameterValue');
    expect(verifyV1(input(get(signed({ ...params, SignatureMethod: 'HmacMD5' }, 'HmacSHA1'))))).toEqual({
      ok: false,
      error: { code: 'InvalidParameterValue', message: "SignatureMethod must be HmacSHA1 or HmacSHA256, got 'HmacMD5'" },
    });
  });

  it('InvalidParameter for undecodable or repeated parameters', () => {
    const wire = get(signed(params, 'HmacSHA1'));
    expect(codeOf({ ...wire, path: `${wire.path}&Limit=%E0%A4%A` })).toBe('InvalidParameter');
    expect(codeOf({ ...wire, path: `${wire.path}&Limit=20` })).toBe('InvalidParameter');
  });

  it('AuthFailure.SecretIdNotFound, SignatureExpire and SignatureFailure', () => {
    const wire = get(signed(params, 'HmacSHA1'));
    expect(codeOf(wire, { lookupSecret: () => undefined })).toBe('AuthFailure.SecretIdNotFound');
    expect(codeOf(wire, { now: ts + 300 })).toBe('ok');
    expect(codeOf(wire, { now: ts + 301 })).toBe('AuthFailure.SignatureExpire');
    expect(codeOf(wire, { now: ts - 301 })).toBe('AuthFailure.SignatureExpire');
    expect(codeOf(wire, { lookupSecret: () => 'wrong' })).toBe('AuthFailure.SignatureFailure');
    expect(codeOf({ ...wire, headers: { host: 'lighthouse.tencentcloudapi.com' } })).toBe('AuthFailure.SignatureFailure');
  });

  it('accepts a signature over the Host header verbatim when it only adds a port (as the Node SDK signs)', () => {
    const withPort = 'cvm.tencentcloudapi.com:9000';
    expect(codeOf(get(signed(params, 'HmacSHA1', withPort), withPort))).toBe('ok');
    expect(codeOf(get(signed(params, 'HmacSHA1'), withPort))).toBe('ok');
    expect(codeOf(get(signed(params, 'HmacSHA1', withPort), withPort), { host: 'cvm.tencentcloudapi.com' })).toBe('ok');
    expect(codeOf(get(signed(params, 'HmacSHA1', 'evil.example:9000'), 'evil.example:9000'), { host: 'cvm.tencentcloudapi.com' })).toBe(
      'AuthFailure.SignatureFailure',
    );
  });
});
