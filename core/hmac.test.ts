import { createHmac } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cachedHmacKey, hmacDigest, hmacKey, type HmacAlgorithm } from './hmac.ts';

describe('hmacDigest', () => {
  it('gives RFC 4231 test cases 2 and 6 (SHA-256; 6 has a key longer than the block)', () => {
    expect(hmacDigest(hmacKey('sha256', Buffer.from('Jefe')), 'what do ya want for nothing?', 'hex')).toBe('5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843');
    expect(hmacDigest(hmacKey('sha256', Buffer.alloc(131, 0xaa)), 'Test Using Larger Than Block-Size Key - Hash Key First', 'hex'))
      .toBe('60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54');
  });

  it('gives RFC 2202 test case 2 (SHA-1)', () => {
    expect(hmacDigest(hmacKey('sha1', 'Jefe'), 'what do ya want for nothing?', 'hex')).toBe('effcdf6ae5eb2fa2d27416d5f184df9c259a7c79');
  });

  it('equals node createHmac for any algorithm, key, message and encoding, also when one prepared key signs many messages', () => {
    const algorithm = fc.constantFrom<HmacAlgorithm>('sha1', 'sha256');
    const encoding = fc.constantFrom<'hex' | 'base64'>('hex', 'base64');
    fc.assert(fc.property(algorithm, fc.uint8Array({ maxLength: 150 }), fc.array(fc.string({ unit: 'binary', maxLength: 300 }), { minLength: 1, maxLength: 4 }), encoding, (alg, key, messages, enc) => {
      const prepared = hmacKey(alg, Buffer.from(key));
      for (const m of messages) expect(hmacDigest(prepared, m, enc)).toBe(createHmac(alg, Buffer.from(key)).update(m, 'utf8').digest(enc));
    }), { numRuns: 300 });
  });

  it('keeps a string key as createHmac reads it (UTF-8), cached or not', () => {
    fc.assert(fc.property(fc.constantFrom<HmacAlgorithm>('sha1', 'sha256'), fc.string({ maxLength: 80 }), fc.string({ maxLength: 80 }), (alg, secret, m) => {
      const expected = createHmac(alg, secret).update(m, 'utf8').digest('base64');
      expect(hmacDigest(cachedHmacKey(alg, secret), m, 'base64')).toBe(expected);
      expect(hmacDigest(cachedHmacKey(alg, secret), m, 'base64')).toBe(expected);
    }), { numRuns: 200 });
  });
});
