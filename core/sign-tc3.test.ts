import { describe, it, expect } from 'vitest';
import { canonicalHeaders, canonicalRequest, deriveSigningKey, sha256Hex, signTc3, stringToSign, utcDate, type Tc3Input } from './sign-tc3.ts';

// The official TC3 example of the API 3.0 signature page (DescribeInstances on cvm, 2019-02-25).
const vector: Tc3Input = {
  method: 'POST',
  canonicalQuery: '',
  headers: { 'Content-Type': 'application/json; charset=utf-8', Host: 'cvm.tencentcloudapi.com' },
  signedHeaders: ['content-type', 'host'],
  payload: '{"Limit": 1, "Filters": [{"Values": ["\\u672a\\u547d\\u540d"], "Name": "instance-name"}]}',
  timestamp: 1551113065,
  service: 'cvm',
  secretId: 'AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE',
  secretKey: 'Gu5t9xGARNpq86cd98joQYCN3EXAMPLE',
};

describe('signTc3, official vector', () => {
  it('hashes the payload', () => {
    expect(sha256Hex(vector.payload)).toBe('35e9c5b0e3ae67532d3c9f17ead6c90222632e5b1ff7f6e89887f1398934f064');
  });

  it('builds the canonical request', () => {
    const canonical = canonicalRequest(vector);
    expect(canonical).toBe(
      'POST\n/\n\ncontent-type:application/json; charset=utf-8\nhost:cvm.tencentcloudapi.com\n\ncontent-type;host\n' +
        '35e9c5b0e3ae67532d3c9f17ead6c90222632e5b1ff7f6e89887f1398934f064',
    );
    expect(sha256Hex(canonical)).toBe('5ffe6a04c0664d6b969fab9a13bdab201d63ee709638e2749d62a09ca18d7031');
  });

  it('builds the string to sign', () => {
    expect(stringToSign(canonicalRequest(vector), vector.timestamp, 'cvm')).toBe(
      'TC3-HMAC-SHA256\n1551113065\n2019-02-25/cvm/tc3_request\n5ffe6a04c0664d6b969fab9a13bdab201d63ee709638e2749d62a09ca18d7031',
    );
  });

  it('produces the documented signature and Authorization header', () => {
    const signed = signTc3(vector);
    expect(signed.signature).toBe('72e494ea809ad7a8c8f7a4507b9bddcbaa8e581f516e8da2f66e2c5a96525168');
    expect(signed.authorization).toBe(
      'TC3-HMAC-SHA256 Credential=AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE/2019-02-25/cvm/tc3_request, ' +
        'SignedHeaders=content-type;host, Signature=72e494ea809ad7a8c8f7a4507b9bddcbaa8e581f516e8da2f66e2c5a96525168',
    );
    expect(signed.credentialScope).toBe('2019-02-25/cvm/tc3_request');
  });
});

describe('signTc3 pieces', () => {
  it('dates in UTC, including just before and after midnight', () => {
    expect(utcDate(1551113065)).toBe('2019-02-25');
    expect(utcDate(1551139199)).toBe('2019-02-25');
    expect(utcDate(1551139200)).toBe('2019-02-26');
  });

  it('honours whatever the signed-header list names: lower-cased, trimmed, sorted', () => {
    const headers = { Host: 'a.example', 'X-TC-Action': '  Describe  ', 'Content-Type': 'text/plain' };
    expect(canonicalHeaders(headers, ['X-TC-Action', 'host', 'content-type'])).toBe(
      'content-type:text/plain\nhost:a.example\nx-tc-action:Describe\n',
    );
  });

  it('signs the query for GET and changes with it', () => {
    const get = { ...vector, method: 'GET', canonicalQuery: 'Limit=1', payload: '' };
    expect(canonicalRequest(get).split('\n')[2]).toBe('Limit=1');
    expect(signTc3(get).signature).not.toBe(signTc3({ ...get, canonicalQuery: 'Limit=2' }).signature);
  });

  it('derives a 32-byte key that depends on date and service', () => {
    const key = deriveSigningKey(vector.secretKey, '2019-02-25', 'cvm');
    expect(key).toHaveLength(32);
    expect(key.equals(deriveSigningKey(vector.secretKey, '2019-02-25', 'lighthouse'))).toBe(false);
    expect(key.equals(deriveSigningKey(vector.secretKey, '2019-02-26', 'cvm'))).toBe(false);
  });

  it('keeps derived keys without letting a caller change them, and one signature per input', () => {
    const key = deriveSigningKey(vector.secretKey, '2019-02-25', 'cvm');
    const kept = Buffer.from(key);
    key.fill(0);
    expect(deriveSigningKey(vector.secretKey, '2019-02-25', 'cvm').equals(kept)).toBe(true);
    const first = signTc3(vector).signature;
    for (let i = 0; i < 100; i++) signTc3({ ...vector, secretKey: `other-${i}`, timestamp: vector.timestamp + i * 86_400 });
    expect(signTc3(vector).signature).toBe(first);
  });

  it('gives the UTC date of every timestamp, also when asked in turns', () => {
    expect([utcDate(1551113065), utcDate(1551113065 + 86_400), utcDate(1551113065), utcDate(0)]).toEqual(['2019-02-25', '2019-02-26', '2019-02-25', '1970-01-01']);
  });

  it('reads signed headers by name whatever their case, and never from the object prototype', () => {
    expect(canonicalHeaders({ host: 'a', Host: 'b' }, ['host'])).toBe('host:b\n');
    expect(canonicalHeaders({ host: 'a' }, ['constructor', 'host'])).toBe('constructor:\nhost:a\n');
  });
});
