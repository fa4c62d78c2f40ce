// HMAC (RFC 2104) for keys used again and again: a key's inner and outer pads are computed once, and each message
// costs two one-shot hashes. node's createHmac builds a stream object with a native handle per call; under the
// mock's load that object, and the garbage it leaves, cost more than the hashing itself.
import { hash } from 'node:crypto';

/** The hashes the signatures use: SHA-256 (TC3, HmacSHA256) and SHA-1 (HmacSHA1). */
export type HmacAlgorithm = 'sha1' | 'sha256';

const BLOCK = 64;
const DIGEST: Readonly<Record<HmacAlgorithm, number>> = { sha1: 20, sha256: 32 };

/** A key ready for many messages. */
export interface HmacKey {
  readonly algorithm: HmacAlgorithm;
  readonly inner: Buffer;
  /** The outer pad followed by room for the inner digest (rewritten by each call). */
  readonly outer: Buffer;
}

/** Prepares `key` (raw bytes, or a string's UTF-8 bytes; longer than a block is hashed first, as RFC 2104 says). */
export function hmacKey(algorithm: HmacAlgorithm, key: Buffer | string): HmacKey {
  const raw = typeof key === 'string' ? Buffer.from(key, 'utf8') : key;
  const k = raw.length > BLOCK ? (hash(algorithm, raw, 'buffer') as Buffer) : raw;
  const inner = Buffer.alloc(BLOCK, 0x36);
  const outer = Buffer.alloc(BLOCK + DIGEST[algorithm], 0x5c);
  for (let i = 0; i < k.length; i += 1) {
    inner[i] = (inner[i] as number) ^ (k[i] as number);
    outer[i] = (outer[i] as number) ^ (k[i] as number);
  }
  return { algorithm, inner, outer };
}

/** The HMAC of the UTF-8 `message` under the prepared key, as lower hex or base64. */
export function hmacDigest(key: HmacKey, message: string, encoding: 'hex' | 'base64'): string {
  const inner = Buffer.allocUnsafe(BLOCK + Buffer.byteLength(message, 'utf8'));
  key.inner.copy(inner, 0);
  inner.write(message, BLOCK, 'utf8');
  (hash(key.algorithm, inner, 'buffer') as Buffer).copy(key.outer, BLOCK);
  return hash(key.algorithm, key.outer, encoding);
}

/** The prepared key of a string secret (the last 64 are kept: a run signs with one or two). */
export function cachedHmacKey(algorithm: HmacAlgorithm, secret: string): HmacKey {
  const id = `${algorithm}\n${secret}`;
  const known = stringKeys.get(id);
  if (known !== undefined) return known;
  if (stringKeys.size >= 64) stringKeys.clear();
  const key = hmacKey(algorithm, secret);
  stringKeys.set(id, key);
  return key;
}

const stringKeys = new Map<string, HmacKey>();
