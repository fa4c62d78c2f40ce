import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { canonicalHost } from './canonical-host.ts';
import { headerValue } from './header-value.ts';
import { isWellFormed } from './is-well-formed.ts';
import { mediaType } from './media-type.ts';
import { parseAuthorization } from './parse-authorization.ts';
import { parseQuery } from './parse-query.ts';
import { encodePairs, percentEncode } from './percent-encode.ts';

describe('canonicalHost', () => {
  it('strips a port and nothing else', () => {
    expect(canonicalHost('lighthouse.tencentcloudapi.com:8443')).toBe('lighthouse.tencentcloudapi.com');
    expect(canonicalHost(' cvm.tencentcloudapi.com ')).toBe('cvm.tencentcloudapi.com');
    expect(canonicalHost('[::1]:8080')).toBe('[::1]');
    expect(canonicalHost('::1')).toBe('::1');
    expect(canonicalHost('Host.Example:80')).toBe('Host.Example');
  });
});

describe('percentEncode / parseQuery', () => {
  it('encodes everything but RFC 3986 unreserved characters, with upper-case hex', () => {
    expect(percentEncode("a b+c&d=e/f?g*h'i(j)!~-_.é")).toBe('a%20b%2Bc%26d%3De%2Ff%3Fg%2Ah%27i%28j%29%21~-_.%C3%A9');
  });

  it('round-trips any well-formed pairs', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.string({ unit: 'binary', minLength: 1, maxLength: 8 }), fc.string({ unit: 'binary', maxLength: 8 })), { maxLength: 6 }), (pairs) => {
        expect(parseQuery(encodePairs(pairs))).toEqual({ ok: true, value: pairs });
      }),
      { numRuns: 200 },
    );
  });

  it('decodes + as a space, skips empty segments, and reports bad escapes and empty names', () => {
    expect(parseQuery('?a=1+2&&b&c=%2B')).toEqual({ ok: true, value: [['a', '1 2'], ['b', ''], ['c', '+']] });
    expect(parseQuery('a=%E0%A4%A')).toEqual({ ok: false, error: "malformed percent-encoding in the value of 'a'" });
    expect(parseQuery('%zz=1')).toEqual({ ok: false, error: "malformed percent-encoding in parameter name '%zz'" });
    expect(parseQuery('=1')).toEqual({ ok: false, error: "empty parameter name in segment '=1'" });
  });
});

describe('small wire helpers', () => {
  it('finds headers in any case', () => {
    expect(headerValue({ 'Content-Type': 'a' }, 'content-type')).toBe('a');
    expect(headerValue({ host: 'h' }, 'Host')).toBe('h');
    expect(headerValue({}, 'host')).toBeUndefined();
  });

  it('answers the same when asked again, for lower-case and mixed-case objects alike', () => {
    const lower = { host: 'h', 'content-type': 'a' };
    const mixed = { 'X-TC-Action': 'Share', host: 'h' };
    for (let i = 0; i < 3; i++) {
      expect(headerValue(lower, 'x-tc-token')).toBeUndefined();
      expect(headerValue(lower, 'Content-Type')).toBe('a');
      expect(headerValue(mixed, 'x-tc-action')).toBe('Share');
      expect(headerValue(mixed, 'x-tc-token')).toBeUndefined();
    }
    expect(headerValue({ constructor: 'c' } as Record<string, string>, 'constructor')).toBe('c');
  });

  it('compares media types without parameters or case', () => {
    expect(mediaType('Application/JSON; charset=utf-8')).toBe('application/json');
    expect(mediaType(undefined)).toBe('');
  });

  it('spots lone surrogates', () => {
    expect(isWellFormed('a😀b')).toBe(true);
    expect(isWellFormed('a\uD83Db')).toBe(false);
    expect(isWellFormed('\uDE00')).toBe(false);
  });
});

describe('parseAuthorization', () => {
  const good = 'TC3-HMAC-SHA256 Credential=AKIDx/2019-02-25/cvm/tc3_request, SignedHeaders=content-type;host, Signature=' + 'a'.repeat(64);

  it('reads every piece, tolerating extra spaces', () => {
    expect(parseAuthorization(`  ${good.replace(', ', ' ,  ')}  `)).toEqual({
      ok: true,
      value: { secretId: 'AKIDx', date: '2019-02-25', service: 'cvm', signedHeaders: ['content-type', 'host'], signature: 'a'.repeat(64) },
    });
  });

  it('names the problem precisely', () => {
    const messageOf = (v: string) => {
      const r = parseAuthorization(v);
      return r.ok ? 'ok' : `${r.error.code}: ${r.error.message}`;
    };
    expect(messageOf('')).toBe("AuthFailure.InvalidAuthorization: Authorization must start with TC3-HMAC-SHA256, got ''");
    expect(messageOf(good.replace('Credential=AKIDx/', 'Credential=/'))).toMatch(/Credential must be <SecretId>\/<date>\/<service>\/tc3_request/);
    expect(messageOf(good.replace('2019-02-25', '20190225'))).toBe("AuthFailure.InvalidAuthorization: Credential date must be YYYY-MM-DD, got '20190225'");
    expect(messageOf(good.replace('content-type;host', 'Content-Type;host'))).toMatch(/SignedHeaders must be lower-case names/);
    expect(messageOf(good.replace('SignedHeaders', 'Signed'))).toBe('AuthFailure.InvalidAuthorization: Authorization has no SignedHeaders');
    expect(messageOf(`${good}, Credential=x`)).toBe('AuthFailure.InvalidAuthorization: Authorization repeats Credential');
    expect(messageOf(`${good}, junk`)).toBe("AuthFailure.InvalidAuthorization: Authorization piece 'junk' is not Name=value");
  });
});
