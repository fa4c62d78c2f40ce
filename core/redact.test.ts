import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { buildRequest } from './build-request.ts';
import { percentEncode } from './percent-encode.ts';
import { readV1Params } from './read-v1-params.ts';
import { maskSecretId, redactExchange, redactString, redactWire } from './redact.ts';
import { apiCall, credentials } from './testing/arbitraries.ts';
import { COMBOS } from './testing/combos.ts';
import type { Exchange, WireRequest } from './types.ts';

const ID = 'AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE';

describe('redactString', () => {
  it('hides the TC3 signature and masks the SecretId in an Authorization header', () => {
    const header =
      `Authorization: TC3-HMAC-SHA256 Credential=${ID}/2019-02-25/cvm/tc3_request, SignedHeaders=content-type;host, ` +
      'Signature=72e494ea809ad7a8c8f7a4507b9bddcbaa8e581f516e8da2f66e2c5a96525168';
    expect(redactString(header)).toBe(
      'Authorization: TC3-HMAC-SHA256 Credential=AKID…MPLE/2019-02-25/cvm/tc3_request, SignedHeaders=content-type;host, Signature=***',
    );
  });

  it('hides v1 Signature, Token and SecretKey parameters but keeps SignatureMethod', () => {
    const query = `/?Action=A&SecretId=${ID}&Signature=EliP9YW3pW28FpsEdkXt%2F%2BWcGeI%3D&SignatureMethod=HmacSHA1&Token=tok%2Fen&SecretKey=k`;
    expect(redactString(query)).toBe('/?Action=A&SecretId=AKID…MPLE&Signature=***&SignatureMethod=HmacSHA1&Token=***&SecretKey=***');
  });

  it('hides JSON members named like tokens, secret keys, passwords and signatures', () => {
    const json = JSON.stringify({ secretId: ID, secretKey: 'sk', token: 't"q', 'x-tc-token': 'x', Password: 'p', Signature: 's', SignatureMethod: 'HmacSHA1' });
    expect(JSON.parse(redactString(json))).toEqual({
      secretId: 'AKID…MPLE',
      secretKey: '***',
      token: '***',
      'x-tc-token': '***',
      Password: '***',
      Signature: '***',
      SignatureMethod: 'HmacSHA1',
    });
  });

  it('hides X-TC-Token header lines and known secrets in any encoding', () => {
    expect(redactString('X-TC-Token: abc.def\nHost: h')).toBe('X-TC-Token: ***\nHost: h');
    expect(redactString('note=a/b+c and "a/b+c" and a%2Fb%2Bc', ['a/b+c'])).toBe('note=*** and "***" and ***');
  });

  it('is idempotent and masks short SecretIds entirely', () => {
    const once = redactString(`SecretId=${ID}&Signature=x`);
    expect(redactString(once)).toBe(once);
    expect(maskSecretId('AKID1234')).toBe('***');
  });
});

function signatureOf(wire: WireRequest): string {
  const auth = wire.headers['authorization'];
  if (auth !== undefined) return /Signature=([0-9a-f]+)/.exec(auth)?.[1] ?? '';
  const params = readV1Params(wire);
  return params.ok ? params.value.get('Signature') ?? '' : '';
}

describe('redactWire / redactExchange never leave a secret', () => {
  it('for every form and sign method, with or without the secrets list', () => {
    fc.assert(
      fc.property(apiCall, credentials, fc.constantFrom(...COMBOS), fc.boolean(), (call, creds, combo, passSecrets) => {
        const built = buildRequest(call, { ...combo, credentials: creds });
        if (!built.ok) throw new Error(built.error.message);
        const secrets = passSecrets ? [creds.secretKey, ...(creds.token ? [creds.token] : [])] : [];
        const exchange: Exchange = {
          url: `http://127.0.0.1:1${built.value.path}`,
          request: built.value,
          response: { status: 200, headers: {}, body: `{"Response":{"RequestId":"r","Echo":"${creds.token ?? ''}"}}` },
          timings: { startedAt: new Date(0).toISOString(), totalMs: 1 },
        };
        const text = JSON.stringify(passSecrets ? redactExchange(exchange, secrets) : redactWire(built.value));
        const signature = signatureOf(built.value);
        const forbidden = [creds.secretKey, creds.secretId, signature, percentEncode(signature), ...(creds.token ? [creds.token] : [])];
        for (const secret of forbidden) expect(text).not.toContain(secret);
        expect(text).toContain(maskSecretId(creds.secretId));
      }),
      { numRuns: 150 },
    );
  });

  it('hides an Authorization header it cannot read and keeps timings and failure codes', () => {
    const exchange: Exchange = {
      url: 'http://127.0.0.1:1/',
      request: { method: 'POST', path: '/', headers: { Authorization: 'Bearer abc', 'X-TC-Token': 't' }, body: '' },
      failure: { code: 'ECONNREFUSED', message: 'connect ECONNREFUSED 127.0.0.1:1' },
      timings: { startedAt: '2024-01-01T00:00:00.000Z', totalMs: 3 },
    };
    expect(redactExchange(exchange)).toEqual({ ...exchange, request: { ...exchange.request, headers: { Authorization: '***', 'X-TC-Token': '***' } } });
  });
});
