import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { buildRequest } from './build-request.ts';
import { parseIncoming } from './parse-incoming.ts';
import { apiCall, credentials, stringifyLeaves } from './testing/arbitraries.ts';
import { COMBOS } from './testing/combos.ts';
import type { WireRequest } from './types.ts';

describe('buildRequest → parseIncoming', () => {
  for (const combo of COMBOS) {
    it(`round-trips action, version, region, credentials and params for ${combo.form} / ${combo.signMethod}`, () => {
      fc.assert(
        fc.property(apiCall, credentials, fc.integer({ min: 1_400_000_000, max: 2_000_000_000 }), fc.nat(), (call, creds, timestamp, nonce) => {
          const built = buildRequest(call, { ...combo, credentials: creds, timestamp, nonce });
          if (!built.ok) throw new Error(built.error.message);
          const parsed = parseIncoming(built.value);
          if (!parsed.ok) throw new Error(`${parsed.error.code}: ${parsed.error.message}`);
          const json = combo.form === 'post-json';
          expect(parsed.value).toEqual({
            ...combo,
            action: call.action,
            version: call.version,
            region: call.region,
            token: creds.token,
            language: call.language,
            secretId: creds.secretId,
            timestamp,
            nonce: combo.signMethod === 'TC3-HMAC-SHA256' ? undefined : nonce,
            pathname: '/',
            params: json ? call.params : stringifyLeaves(call.params),
          });
        }),
        { numRuns: 60 },
      );
    });
  }
});

const v1 = (query: string): WireRequest => ({ method: 'GET', path: `/?${query}`, headers: { host: 'cvm.tencentcloudapi.com' }, body: '' });
const json = (body: string, headers: Record<string, string> = {}): WireRequest => ({
  method: 'POST',
  path: '/',
  headers: { host: 'cvm.tencentcloudapi.com', 'content-type': 'application/json', 'x-tc-action': 'DescribeImages', 'x-tc-version': '2017-03-12', ...headers },
  body,
});

function failure(request: WireRequest): { code: string; message: string } {
  const parsed = parseIncoming(request);
  if (parsed.ok) throw new Error(`expected a failure, got ${JSON.stringify(parsed.value)}`);
  return parsed.error;
}

describe('parseIncoming failures carry vendor common codes', () => {
  it('UnsupportedProtocol for methods other than GET and POST', () => {
    expect(failure({ ...json('{}'), method: 'PUT' }).code).toBe('UnsupportedProtocol');
  });

  it('InvalidRequest for a POST body that is neither JSON nor a form', () => {
    expect(failure(json('{}', { 'content-type': 'text/plain' }))).toEqual({
      code: 'InvalidRequest',
      message: "POST with Content-Type 'text/plain' is not supported; use application/json or application/x-www-form-urlencoded",
    });
    const { 'content-type': _c, ...noType } = json('{}').headers;
    expect(failure({ ...json('{}'), headers: noType }).message).toMatch(/^POST with no Content-Type/);
  });

  it('MissingParameter when the action or version is missing', () => {
    expect(failure(json('{}', { 'x-tc-action': '' }))).toEqual({ code: 'MissingParameter', message: 'the X-TC-Action parameter is missing' });
    const { 'x-tc-version': _v, ...noVersion } = json('{}').headers;
    expect(failure({ ...json('{}'), headers: noVersion }).code).toBe('MissingParameter');
    expect(failure(v1('Version=2017-03-12&Signature=x')).message).toBe('the Action parameter is missing');
  });

  it('InvalidParameter for malformed JSON and non-object bodies', () => {
    expect(failure(json('{"Limit": 1,'))).toMatchObject({ code: 'InvalidParameter', message: expect.stringMatching(/^the request body is not valid JSON: /) });
    expect(failure(json('[1]')).message).toBe('the request body must be a JSON object, got an array');
    expect(failure(json('null')).message).toBe('the request body must be a JSON object, got null');
    expect(failure(json('"x"')).message).toBe('the request body must be a JSON object, got string');
  });

  it('InvalidParameter for bad encoding, repeated names and flat names that do not rebuild', () => {
    expect(failure(v1('Action=A&Version=1&Limit=%ZZ'))).toEqual({ code: 'InvalidParameter', message: "query string: malformed percent-encoding in the value of 'Limit'" });
    expect(failure(v1('Action=A&Version=1&Action=B')).message).toBe("query string: parameter 'Action' appears more than once");
    expect(failure(v1('Action=A&Version=1&Ids=1&Ids.0=2'))).toEqual({ code: 'InvalidParameter', message: "'Ids' has a value and also sub-parameters ('Ids.0')" });
    expect(failure(v1('Action=A&Version=1&Ids.1=2')).message).toBe("'Ids' has a gap: index 0 is missing but 'Ids.1' is present");
  });

  it('InvalidParameterValue for an unknown v1 SignatureMethod', () => {
    expect(failure(v1('Action=A&Version=1&SignatureMethod=MD5'))).toEqual({
      code: 'InvalidParameterValue',
      message: "SignatureMethod must be HmacSHA1 or HmacSHA256, got 'MD5'",
    });
  });
});

describe('parseIncoming details', () => {
  it('treats an empty JSON body as no params', () => {
    const parsed = parseIncoming(json(''));
    expect(parsed.ok && parsed.value.params).toEqual({});
  });

  it('strips every v1 common parameter, including the SDK RequestClient, and decodes + as space', () => {
    const parsed = parseIncoming(v1('Action=A&Version=1&RequestClient=SDK_NODEJS_4.1&Nonce=7&Timestamp=12&Note=a+b%2Bc&SignatureMethod=HmacSHA256'));
    expect(parsed.ok && parsed.value).toMatchObject({ signMethod: 'HmacSHA256', nonce: 7, timestamp: 12, params: { Note: 'a b+c' } });
  });

  it('reports TC3 over GET when an Authorization or X-TC-Action header is present, v1 otherwise', () => {
    const tc3 = parseIncoming({ ...v1('Limit=1'), headers: { host: 'h', 'x-tc-action': 'A', 'x-tc-version': '1' } });
    expect(tc3.ok && tc3.value).toMatchObject({ form: 'get-query', signMethod: 'TC3-HMAC-SHA256', secretId: undefined, params: { Limit: '1' } });
  });

  it('leaves unreadable timestamps undefined for the verifier to report', () => {
    const parsed = parseIncoming(json('{}', { 'x-tc-timestamp': 'soon' }));
    expect(parsed.ok && parsed.value.timestamp).toBeUndefined();
  });
});
