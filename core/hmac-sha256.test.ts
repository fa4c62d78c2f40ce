import { createHmac } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hmacKey, hmacSha256Hex } from './hmac-sha256.ts';

describe('hmacSha256Hex', () => {
  it('gives RFC 4231 test case 2', () => {
    expect(hmacSha256Hex(hmacKey(Buffer.from('Jefe')), 'what do ya want for nothing?')).toBe('5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843');
  });

  it('gives RFC 4231 test case 6 (a key longer than the block)', () => {
    expect(hmacSha256Hex(hmacKey(Buffer.alloc(131, 0xaa)), 'Test Using Larger Than Block-Size Key - Hash Key First'))
      .toBe('60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54');
  });

  it('equals node createHmac for any key and message, also when one prepared key signs many messages', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 150 }), fc.array(fc.string({ unit: 'binary', maxLength: 300 }), { minLength: 1, maxLength: 4 }), (key, messages) => {
      const prepared = hmacKey(Buffer.from(key));
      for (const m of messages) expect(hmacSha256Hex(prepared, m)).toBe(createHmac('sha256', Buffer.from(key)).update(m, 'utf8').digest('hex'));
    }), { numRuns: 300 });
  });
});
