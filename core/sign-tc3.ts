// TC3-HMAC-SHA256, as the API 3.0 signature page describes it: canonical request → string to sign → derived
// key → hex signature → Authorization header. Pure; the pieces are exported so tests can check each step.
import { createHmac, hash } from 'node:crypto';
import { lowerCaseNames } from './header-value.ts';
import { hmacDigest, hmacKey, type HmacKey } from './hmac.ts';
import { lastResult } from './last-result.ts';

/** Everything the TC3 signature covers. Header names may be in any case; `signedHeaders` picks which count. */
export interface Tc3Input {
  readonly method: string;
  /** Always `/` for API 3.0; kept as an input so a verifier can sign the path it actually received. */
  readonly canonicalUri?: string;
  /** The query string exactly as sent (after `?`) for GET; empty for POST. */
  readonly canonicalQuery: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly signedHeaders: readonly string[];
  readonly payload: string;
  readonly timestamp: number;
  readonly service: string;
  readonly secretId: string;
  readonly secretKey: string;
}

/** The signature and every intermediate string, for the wire and for diagnostics. */
export interface Tc3Signature {
  readonly authorization: string;
  readonly signature: string;
  readonly canonicalRequest: string;
  readonly stringToSign: string;
  readonly credentialScope: string;
  readonly signedHeaders: string;
}

/** The algorithm name that opens the string to sign and the Authorization header. */
export const TC3_ALGORITHM = 'TC3-HMAC-SHA256';

/** Lower-hex SHA-256 of a UTF-8 string. */
export function sha256Hex(text: string): string {
  // The one-shot hash: about a third of createHash().update().digest() for request-sized input.
  return hash('sha256', text, 'hex');
}

/** `YYYY-MM-DD` of a unix timestamp (seconds), in UTC. */
// Asked three times per signature, mostly for the same second: the last answer is kept.
export const utcDate: (timestamp: number) => string = lastResult((timestamp) => new Date(timestamp * 1000).toISOString().slice(0, 10));

/** Signed header names lower-cased, de-duplicated and sorted: the `SignedHeaders` value. */
export function normalizeSignedHeaders(names: readonly string[]): string[] {
  if (isNormalized(names)) return [...names];
  return [...new Set(names.map((n) => n.trim().toLowerCase()))].filter((n) => n !== '').sort();
}

/** Already lower-case, trimmed, non-empty, sorted and distinct (what every client sends): nothing to do. */
function isNormalized(names: readonly string[]): boolean {
  for (let i = 0; i < names.length; i += 1) {
    const name = names[i] as string;
    if (name === '' || name !== name.trim().toLowerCase() || (i > 0 && (names[i - 1] as string) >= name)) return false;
  }
  return true;
}

/** `name:trimmed-value\n` for every signed header, sorted by name; an absent header counts as empty. */
export function canonicalHeaders(headers: Readonly<Record<string, string>>, signedHeaders: readonly string[]): string {
  return headerLines(headers, normalizeSignedHeaders(signedHeaders));
}

/** The header lines of already normalized names. */
function headerLines(headers: Readonly<Record<string, string>>, names: readonly string[]): string {
  const lower = lowerCaseNames(headers);
  let lines = '';
  for (const name of names) lines += `${name}:${(Object.hasOwn(lower, name) ? (lower[name] ?? '') : '').trim()}\n`;
  return lines;
}

/** The canonical request: method, URI, query, headers, signed-header list and payload hash, newline-joined. */
export function canonicalRequest(input: Tc3Input): string {
  return canonicalOf(input, normalizeSignedHeaders(input.signedHeaders), sha256Hex(input.payload));
}

function canonicalOf(input: Omit<Tc3Input, 'payload'>, names: readonly string[], payloadHash: string): string {
  return `${input.method.toUpperCase()}\n${input.canonicalUri ?? '/'}\n${input.canonicalQuery}\n${headerLines(input.headers, names)}\n${names.join(';')}\n${payloadHash}`;
}

/** `<date>/<service>/tc3_request`. */
export function credentialScope(timestamp: number, service: string): string {
  return `${utcDate(timestamp)}/${service}/tc3_request`;
}

/** The string to sign: algorithm, timestamp, credential scope and hash of the canonical request. */
export function stringToSign(canonical: string, timestamp: number, service: string): string {
  return `${TC3_ALGORITHM}\n${timestamp}\n${credentialScope(timestamp, service)}\n${sha256Hex(canonical)}`;
}

/** The signing key: HMAC chain over `TC3`+key, date, service and `tc3_request`, raw bytes at every step. */
export function deriveSigningKey(secretKey: string, date: string, service: string): Buffer {
  return Buffer.from(cachedSigningKey(secretKey, date, service));
}

// The key only changes with the date, so the last few are kept: three HMACs saved on every request signed or
// verified (the mock verifies thousands a second). Never handed out: callers get a copy they may change.
const signingKeys = new Map<string, { readonly key: Buffer; readonly prepared: HmacKey }>();

function cachedSigningKey(secretKey: string, date: string, service: string): Buffer {
  return signingKeyOf(secretKey, date, service).key;
}

function signingKeyOf(secretKey: string, date: string, service: string): { readonly key: Buffer; readonly prepared: HmacKey } {
  const id = `${date}\n${service}\n${secretKey}`;
  const known = signingKeys.get(id);
  if (known !== undefined) return known;
  const kDate = createHmac('sha256', `TC3${secretKey}`).update(date, 'utf8').digest();
  const kService = createHmac('sha256', kDate).update(service, 'utf8').digest();
  const key = createHmac('sha256', kService).update('tc3_request', 'utf8').digest();
  if (signingKeys.size >= 64) signingKeys.clear();
  const entry = { key, prepared: hmacKey('sha256', key) };
  signingKeys.set(id, entry);
  return entry;
}

/** Signs `input` with TC3-HMAC-SHA256 and returns the Authorization header and every intermediate. */
export function signTc3(input: Tc3Input): Tc3Signature {
  const names = normalizeSignedHeaders(input.signedHeaders);
  const canonical = canonicalOf(input, names, sha256Hex(input.payload));
  const toSign = stringToSign(canonical, input.timestamp, input.service);
  const signature = signWithKey(input, toSign);
  const scope = credentialScope(input.timestamp, input.service);
  const signedHeaders = names.join(';');
  const authorization = `${TC3_ALGORITHM} Credential=${input.secretId}/${scope}, SignedHeaders=${signedHeaders}, Signature=${signature}`;
  return { authorization, signature, canonicalRequest: canonical, stringToSign: toSign, credentialScope: scope, signedHeaders };
}

/** What a verifier needs: the signature alone, with the payload's hash computed once for every host it tries. */
export function tc3SignatureOf(input: Omit<Tc3Input, 'payload'>, payloadHash: string): string {
  const canonical = canonicalOf(input, normalizeSignedHeaders(input.signedHeaders), payloadHash);
  return signWithKey(input, stringToSign(canonical, input.timestamp, input.service));
}

function signWithKey(input: Pick<Tc3Input, 'secretKey' | 'timestamp' | 'service'>, toSign: string): string {
  return hmacDigest(signingKeyOf(input.secretKey, utcDate(input.timestamp), input.service).prepared, toSign, 'hex');
}
