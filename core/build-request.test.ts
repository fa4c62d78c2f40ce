import { describe, it, expect } from 'vitest';
import { buildRequest, type BuildOptions } from './build-request.ts';
import { parseQuery } from './parse-query.ts';
import { splitPath } from './split-path.ts';
import { signV1 } from './sign-v1.ts';
import type { ApiCall, WireRequest } from './types.ts';

const credentials = { secretId: 'AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE', secretKey: 'Gu5t9xGARNpq86cd98joQYCN3EXAMPLE' };
const call: ApiCall = {
  service: 'lighthouse',
  host: 'lighthouse.tencentcloudapi.com',
  action: 'ShareBlueprintAcrossAccounts',
  version: '2020-03-24',
  region: 'ap-guangzhou',
  params: { BlueprintId: 'lhbp-6rk3vm2h', AccountIds: ['100020512675', '100020512676'], Note: 'a b&c=d+é' },
};
const base: BuildOptions = { form: 'post-json', signMethod: 'TC3-HMAC-SHA256', credentials, timestamp: 1551113065, nonce: 11886 };

function built(c: ApiCall, opts: BuildOptions): WireRequest {
  const result = buildRequest(c, opts);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

describe('buildRequest, post-json with TC3', () => {
  it('sends the JSON body with every TC3 header', () => {
    const wire = built({ ...call, language: 'en-US' }, { ...base, credentials: { ...credentials, token: 'tok-123' } });
    expect(wire.method).toBe('POST');
    expect(wire.path).toBe('/');
    expect(JSON.parse(wire.body)).toEqual(call.params);
    expect(wire.headers).toMatchObject({
      host: 'lighthouse.tencentcloudapi.com',
      'content-type': 'application/json; charset=utf-8',
      'x-tc-action': 'ShareBlueprintAcrossAccounts',
      'x-tc-version': '2020-03-24',
      'x-tc-timestamp': '1551113065',
      'x-tc-region': 'ap-guangzhou',
      'x-tc-token': 'tok-123',
      'x-tc-language': 'en-US',
    });
    expect(wire.headers['authorization']).toMatch(
      /^TC3-HMAC-SHA256 Credential=AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE\/2019-02-25\/lighthouse\/tc3_request, SignedHeaders=content-type;host, Signature=[0-9a-f]{64}$/,
    );
  });

  it('leaves out region, token and language headers when absent', () => {
    const { region: _r, ...noRegion } = call;
    const wire = built(noRegion, base);
    expect(Object.keys(wire.headers).sort()).toEqual(['authorization', 'content-type', 'host', 'x-tc-action', 'x-tc-timestamp', 'x-tc-version']);
  });
});

describe('buildRequest, get-query', () => {
  it('TC3 over GET: percent-encoded query (RFC 3986), empty body, form content type', () => {
    const wire = built(call, { ...base, form: 'get-query' });
    expect(wire.method).toBe('GET');
    expect(wire.body).toBe('');
    expect(wire.path).toBe('/?BlueprintId=lhbp-6rk3vm2h&AccountIds.0=100020512675&AccountIds.1=100020512676&Note=a%20b%26c%3Dd%2B%C3%A9');
    expect(wire.headers['content-type']).toBe('application/x-www-form-urlencoded');
    expect(wire.headers['x-tc-action']).toBe('ShareBlueprintAcrossAccounts');
  });

  it('v1 over GET: common params, sorted, signature over raw values, encoded on the wire', () => {
    const wire = built({ ...call, language: 'zh-CN' }, { ...base, form: 'get-query', signMethod: 'HmacSHA256', credentials: { ...credentials, token: 't/k+n' } });
    expect(wire.headers).toEqual({ host: 'lighthouse.tencentcloudapi.com' });
    const pairs = parseQuery(splitPath(wire.path).query);
    if (!pairs.ok) throw new Error(pairs.error);
    const names = pairs.value.map(([k]) => k);
    expect(names).toEqual([
      'AccountIds.0', 'AccountIds.1', 'Action', 'BlueprintId', 'Language', 'Nonce', 'Note', 'Region', 'SecretId',
      'SignatureMethod', 'Timestamp', 'Token', 'Version', 'Signature',
    ]);
    const params = Object.fromEntries(pairs.value);
    expect(params).toMatchObject({ Nonce: '11886', Timestamp: '1551113065', SignatureMethod: 'HmacSHA256', Token: 't/k+n', Note: 'a b&c=d+é' });
    const { Signature, ...signed } = params;
    const expected = signV1({ method: 'GET', host: call.host, params: signed, secretKey: credentials.secretKey, signMethod: 'HmacSHA256' });
    expect(Signature).toBe(expected.signature);
    expect(wire.path).toContain(`Signature=${encodeURIComponent(expected.signature)}`);
  });
});

describe('buildRequest, post-form with v1', () => {
  it('sends the signed params as an x-www-form-urlencoded body', () => {
    const wire = built(call, { ...base, form: 'post-form', signMethod: 'HmacSHA1' });
    expect(wire).toMatchObject({ method: 'POST', path: '/', headers: { host: call.host, 'content-type': 'application/x-www-form-urlencoded' } });
    expect(wire.body).toMatch(/^AccountIds\.0=100020512675&.*&SignatureMethod=HmacSHA1&.*&Signature=[A-Za-z0-9%]+$/);
  });
});

describe('buildRequest rejections', () => {
  const codeOf = (c: ApiCall, opts: BuildOptions) => {
    const r = buildRequest(c, opts);
    return r.ok ? 'ok' : r.error.code;
  };

  it('rejects the combinations the vendor does not accept', () => {
    expect(codeOf(call, { ...base, signMethod: 'HmacSHA1' })).toBe('E_UNSUPPORTED_COMBINATION');
    expect(codeOf(call, { ...base, signMethod: 'HmacSHA256' })).toBe('E_UNSUPPORTED_COMBINATION');
    expect(codeOf(call, { ...base, form: 'post-form' })).toBe('E_UNSUPPORTED_COMBINATION');
  });

  it('rejects values that cannot travel', () => {
    expect(codeOf({ ...call, region: 'ap-guangzhou\r\nX-Evil: 1' }, base)).toBe('E_INVALID_HEADER_VALUE');
    expect(codeOf({ ...call, action: ' Share' }, base)).toBe('E_INVALID_HEADER_VALUE');
    expect(codeOf({ ...call, params: { A: '\uD800' } }, { ...base, form: 'get-query' })).toBe('E_UNENCODABLE');
    expect(codeOf({ ...call, params: { A: '\uD800' } }, base)).toBe('ok');
    expect(codeOf({ ...call, params: { A: 1n } }, base)).toBe('E_UNENCODABLE');
    expect(codeOf(call, { ...base, timestamp: 1.5 })).toBe('E_INVALID_OPTION');
    expect(codeOf(call, { ...base, form: 'get-query', signMethod: 'HmacSHA1', nonce: -1 })).toBe('E_INVALID_OPTION');
  });

  it('rejects action params named like v1 common params in the v1 forms only', () => {
    const clash = { ...call, params: { Region: 'x' } };
    expect(codeOf(clash, { ...base, form: 'get-query', signMethod: 'HmacSHA1' })).toBe('E_PARAM_CONFLICT');
    expect(codeOf(clash, base)).toBe('ok');
  });

  it('defaults timestamp to now and picks a nonce', () => {
    const before = Math.floor(Date.now() / 1000);
    const wire = built(call, { form: 'post-form', signMethod: 'HmacSHA1', credentials });
    const params = new URLSearchParams(wire.body);
    expect(Number(params.get('Timestamp'))).toBeGreaterThanOrEqual(before);
    expect(Number(params.get('Nonce'))).toBeGreaterThan(0);
  });
});
