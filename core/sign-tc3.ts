// TC3-HMAC-SHA256, as the API 3.0 signature page describes it: canonical request → string to sign → derived
// key → hex signature → Authorization header. Pure; the pieces are exported so tests can check each step.
import { createHash, createHmac } from 'node:crypto';

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
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** `YYYY-MM-DD` of a unix timestamp (seconds), in UTC. */
export function utcDate(timestamp: number): string {
  return new Date(timestamp * 1000).toISOString().slice(0, 10);
}

/** Signed header names lower-cased, de-duplicated and sorted: the `SignedHeaders` value. */
export function normalizeSignedHeaders(names: readonly string[]): string[] {
  return [...new Set(names.map((n) => n.trim().toLowerCase()))].filter((n) => n !== '').sort();
}

/** `name:trimmed-value\n` for every signed header, sorted by name; an absent header counts as empty. */
export function canonicalHeaders(headers: Readonly<Record<string, string>>, signedHeaders: readonly string[]): string {
  const lower = new Map(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v] as const));
  return normalizeSignedHeaders(signedHeaders)
    .map((name) => `${name}:${(lower.get(name) ?? '').trim()}\n`)
    .join('');
}

/** The canonical request: method, URI, query, headers, signed-header list and payload hash, newline-joined. */
export function canonicalRequest(input: Tc3Input): string {
  return [
    input.method.toUpperCase(),
    input.canonicalUri ?? '/',
    input.canonicalQuery,
    canonicalHeaders(input.headers, input.signedHeaders),
    normalizeSignedHeaders(input.signedHeaders).join(';'),
    sha256Hex(input.payload),
  ].join('\n');
}

/** `<date>/<service>/tc3_request`. */
export function credentialScope(timestamp: number, service: string): string {
  return `${utcDate(timestamp)}/${service}/tc3_request`;
}

/** The string to sign: algorithm, timestamp, credential scope and hash of the canonical request. */
export function stringToSign(canonical: string, timestamp: number, service: string): string {
  return [TC3_ALGORITHM, String(timestamp), credentialScope(timestamp, service), sha256Hex(canonical)].join('\n');
}

/** The signing key: HMAC chain over `TC3`+key, date, service and `tc3_request`, raw bytes at every step. */
export function deriveSigningKey(secretKey: string, date: string, service: string): Buffer {
  const kDate = createHmac('sha256', `TC3${secretKey}`).update(date, 'utf8').digest();
  const kService = createHmac('sha256', kDate).update(service, 'utf8').digest();
  return createHmac('sha256', kService).update('tc3_request', 'utf8').digest();
}

/** Signs `input` with TC3-HMAC-SHA256 and returns the Authorization header and every intermediate. */
export function signTc3(input: Tc3Input): Tc3Signature {
  const canonical = canonicalRequest(input);
  const toSign = stringToSign(canonical, input.timestamp, input.service);
  const key = deriveSigningKey(input.secretKey, utcDate(input.timestamp), input.service);
  const signature = createHmac('sha256', key).update(toSign, 'utf8').digest('hex');
  const scope = credentialScope(input.timestamp, input.service);
  const signedHeaders = normalizeSignedHeaders(input.signedHeaders).join(';');
  const authorization = `${TC3_ALGORITHM} Credential=${input.secretId}/${scope}, SignedHeaders=${signedHeaders}, Signature=${signature}`;
  return { authorization, signature, canonicalRequest: canonical, stringToSign: toSign, credentialScope: scope, signedHeaders };
}
