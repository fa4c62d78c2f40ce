// HMAC-SHA256 (RFC 2104) for a key used again and again: the key's inner and outer pads are computed once, and
// each message costs two one-shot hashes. node's createHmac builds a stream object with a native handle per
// call; under the mock's load that object, and the garbage it leaves, cost more than the hashing itself.
import { hash } from 'node:crypto';

const BLOCK = 64;
const DIGEST = 32;

/** A key ready for many messages. */
export interface HmacKey {
  readonly inner: Buffer;
  /** The outer pad followed by room for the inner digest (rewritten by each call). */
  readonly outer: Buffer;
}

/** Prepares `key` (raw bytes; longer than a block is hashed first, as RFC 2104 says). */
export function hmacKey(key: Buffer): HmacKey {
  const k = key.length > BLOCK ? (hash('sha256', key, 'buffer') as Buffer) : key;
  const inner = Buffer.alloc(BLOCK, 0x36);
  const outer = Buffer.alloc(BLOCK + DIGEST, 0x5c);
  for (let i = 0; i < k.length; i += 1) {
    inner[i] = (inner[i] as number) ^ (k[i] as number);
    outer[i] = (outer[i] as number) ^ (k[i] as number);
  }
  return { inner, outer };
}

/** Lower-hex HMAC-SHA256 of the UTF-8 `message` under the prepared key. */
export function hmacSha256Hex(key: HmacKey, message: string): string {
  const inner = Buffer.allocUnsafe(BLOCK + Buffer.byteLength(message, 'utf8'));
  key.inner.copy(inner, 0);
  inner.write(message, BLOCK, 'utf8');
  (hash('sha256', inner, 'buffer') as Buffer).copy(key.outer, BLOCK);
  return hash('sha256', key.outer, 'hex');
}
