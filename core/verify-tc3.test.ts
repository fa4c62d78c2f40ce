import { describe, it, expect } from 'vitest';
import { buildRequest } from './build-request.ts';
import { signTc3 } from './sign-tc3.ts';
import { verifyTc3 } from './verify-tc3.ts';
import { verifySignature } from './verify-signature.ts';
import type { VerifyInput, WireRequest } from './types.ts';

const secretId = 'AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE';
const secretKey = 'Gu5t9xGARNpq86cd98joQYCN3EXAMPLE';
const ts = 1551113065;

// The official example of the signature page, as it would arrive on the wire.
const official: WireRequest = {
  method: 'POST',
  path: '/',
  headers: {
    host: 'cvm.tencentcloudapi.com',
    'content-type': 'application/json; charset=utf-8',
    'x-tc-action': 'DescribeInstances',
    'x-tc-version': '2017-03-12',
    'x-tc-timestamp': String(ts),
    'x-tc-region': 'ap-guangzhou',
    authorization:
      'TC3-HMAC-SHA256 Credential=AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE/2019-02-25/cvm/tc3_request, SignedHeaders=content-type;host, ' +
      'Signature=72e494ea809ad7a8c8f7a4507b9bddcbaa8e581f516e8da2f66e2c5a96525168',
  },
  body: '{"Limit": 1, "Filters": [{"Values": ["\\u672a\\u547d\\u540d"], "Name": "instance-name"}]}',
};

const input = (request: WireRequest, extra: Partial<VerifyInput> = {}): VerifyInput => ({
  request,
  lookupSecret: (id) => (id === secretId ? secretKey : undefined),
  service: 'cvm',
  now: ts,
  ...extra,
});
const header = (name: string, value: string | undefined): WireRequest => {
  const headers: Record<string, string> = { ...official.headers };
  if (value === undefined) delete headers[name];
  else headers[name] = value;
  return { ...official, headers };
};
const codeOf = (request: WireRequest, extra: Partial<VerifyInput> = {}) => {
  const result = verifyTc3(input(request, extra));
  return result.ok ? 'ok' : result.error.code;
};
const auth = official.headers['authorization'] ?? '';

describe('verifyTc3', () => {
  it('accepts the official example', () => {
    expect(verifyTc3(input(official))).toEqual({ ok: true, value: { secretId, signMethod: 'TC3-HMAC-SHA256', timestamp: ts } });
    expect(verifySignature(input(official)).ok).toBe(true);
  });

  it('AuthFailure.InvalidAuthorization for a missing or malformed Authorization header', () => {
    expect(verifyTc3(input(header('authorization', undefined)))).toEqual({
      ok: false,
      error: { code: 'AuthFailure.InvalidAuthorization', message: 'the Authorization header is missing' },
    });
    expect(codeOf(header('authorization', auth.replace('TC3-HMAC-SHA256', 'TC3-HMAC-SHA1')))).toBe('AuthFailure.InvalidAuthorization');
    expect(codeOf(header('authorization', auth.replace(/, Signature=.*/, '')))).toBe('AuthFailure.InvalidAuthorization');
    expect(codeOf(header('authorization', auth.replace('/cvm/tc3_request', '/cvm')))).toBe('AuthFailure.InvalidAuthorization');
    expect(codeOf(header('authorization', auth.replace('tc3_request', 'tc4_request')))).toBe('AuthFailure.InvalidAuthorization');
    expect(codeOf(header('authorization', auth.replace('Signature=72e4', 'Signature=zz')))).toBe('AuthFailure.InvalidAuthorization');
    expect(codeOf(header('authorization', `${auth}, Signature=00`))).toBe('AuthFailure.InvalidAuthorization');
    expect(codeOf(header('authorization', 'garbage'))).toBe('AuthFailure.InvalidAuthorization');
  });

  it('AuthFailure.InvalidAuthorization when content-type or host is not signed, or a signed header is absent', () => {
    const onlyHost = verifyTc3(input(header('authorization', auth.replace('SignedHeaders=content-type;host', 'SignedHeaders=host'))));
    expect(onlyHost).toEqual({ ok: false, error: { code: 'AuthFailure.InvalidAuthorization', message: 'SignedHeaders must include content-type' } });
    const extra = verifyTc3(input(header('authorization', auth.replace('content-type;host', 'content-type;host;x-tc-foo'))));
    expect(extra).toMatchObject({ ok: false, error: { message: 'signed header(s) absent from the request: x-tc-foo' } });
  });

  it('MissingParameter / InvalidParameterValue for a missing or malformed X-TC-Timestamp', () => {
    expect(codeOf(header('x-tc-timestamp', undefined))).toBe('MissingParameter');
    expect(codeOf(header('x-tc-timestamp', 'soon'))).toBe('InvalidParameterValue');
    expect(codeOf(header('x-tc-timestamp', `0${ts}`))).toBe('InvalidParameterValue');
    expect(codeOf(header('x-tc-timestamp', `-${ts}`))).toBe('InvalidParameterValue');
  });

  it('AuthFailure.InvalidAuthorization when the credential date is not the timestamp UTC date', () => {
    const result = verifyTc3(input(header('x-tc-timestamp', String(ts + 86_400)), { now: ts + 86_400 }));
    expect(result).toEqual({
      ok: false,
      error: { code: 'AuthFailure.InvalidAuthorization', message: 'credential date 2019-02-25 is not the UTC date of X-TC-Timestamp 1551199465 (2019-02-26)' },
    });
  });

  it('AuthFailure.SignatureFailure when the scope names another service', () => {
    expect(verifyTc3(input(official, { service: 'lighthouse' }))).toEqual({
      ok: false,
      error: { code: 'AuthFailure.SignatureFailure', message: "credential scope names service 'cvm', this endpoint is 'lighthouse'" },
    });
  });

  it('AuthFailure.SecretIdNotFound for an unknown SecretId', () => {
    expect(codeOf(official, { lookupSecret: () => undefined })).toBe('AuthFailure.SecretIdNotFound');
  });

  it('AuthFailure.SignatureExpire beyond 300 s either side, not at 300 s', () => {
    expect(codeOf(official, { now: ts + 300 })).toBe('ok');
    expect(codeOf(official, { now: ts - 300 })).toBe('ok');
    expect(codeOf(official, { now: ts + 301 })).toBe('AuthFailure.SignatureExpire');
    expect(codeOf(official, { now: ts - 301 })).toBe('AuthFailure.SignatureExpire');
    expect(codeOf(official, { now: ts + 30, maxSkewSeconds: 10 })).toBe('AuthFailure.SignatureExpire');
  });

  it('AuthFailure.SignatureFailure for a wrong key, body, host or signature', () => {
    expect(codeOf(official, { lookupSecret: () => 'another-key' })).toBe('AuthFailure.SignatureFailure');
    expect(codeOf({ ...official, body: `${official.body} ` })).toBe('AuthFailure.SignatureFailure');
    expect(codeOf(official, { host: 'lighthouse.tencentcloudapi.com' })).toBe('AuthFailure.SignatureFailure');
    expect(codeOf(header('authorization', auth.replace('Signature=72e4', 'Signature=72E4')))).toBe('AuthFailure.SignatureFailure');
  });

  it('checks the host without the port the Host header carries', () => {
    expect(codeOf(header('host', 'cvm.tencentcloudapi.com:8443'))).toBe('ok');
    expect(codeOf(header('host', 'cvm.tencentcloudapi.com.evil:8443'))).toBe('AuthFailure.SignatureFailure');
  });

  it('also accepts a client that signed the Host header verbatim, port included', () => {
    const wire = header('host', 'cvm.tencentcloudapi.com:8443');
    const signed = signTc3({ method: 'POST', canonicalQuery: '', headers: wire.headers, signedHeaders: ['content-type', 'host'], payload: wire.body, timestamp: ts, service: 'cvm', secretId, secretKey });
    expect(codeOf({ ...wire, headers: { ...wire.headers, authorization: signed.authorization } })).toBe('ok');
  });

  it('honours extra signed headers, in any header-name case', () => {
    const headers = { Host: 'cvm.tencentcloudapi.com', 'Content-Type': 'application/json', 'X-TC-Action': 'DescribeInstances', 'X-TC-Timestamp': String(ts) };
    const signed = signTc3({ method: 'POST', canonicalQuery: '', headers, signedHeaders: ['content-type', 'host', 'x-tc-action'], payload: '{}', timestamp: ts, service: 'cvm', secretId, secretKey });
    const wire: WireRequest = { method: 'POST', path: '/', headers: { ...headers, Authorization: signed.authorization }, body: '{}' };
    expect(signed.authorization).toContain('SignedHeaders=content-type;host;x-tc-action,');
    expect(codeOf(wire)).toBe('ok');
    expect(codeOf({ ...wire, headers: { ...wire.headers, 'X-TC-Action': 'DescribeImages' } })).toBe('AuthFailure.SignatureFailure');
  });

  it('verifies TC3 over GET on the query string exactly as sent', () => {
    const built = buildRequest(
      { service: 'cvm', host: 'cvm.tencentcloudapi.com', action: 'DescribeImages', version: '2017-03-12', params: { Limit: 1, Note: 'a b' } },
      { form: 'get-query', signMethod: 'TC3-HMAC-SHA256', credentials: { secretId, secretKey }, timestamp: ts },
    );
    if (!built.ok) throw new Error(built.error.message);
    expect(codeOf(built.value)).toBe('ok');
    expect(codeOf({ ...built.value, path: built.value.path.replace('%20', '+') })).toBe('AuthFailure.SignatureFailure');
  });
});
