// An ApiCall → the exact bytes to send, in one of the three API 3.0 forms, signed. The query or form that is sent
// is the one that was signed: TC3 signs the percent-encoded query verbatim, v1 signs the raw values.
import { randomInt } from 'node:crypto';
import type { ApiCall, Credentials, RequestForm, Result, SignMethod, WireRequest } from './types.ts';
import { flatten } from './flatten.ts';
import { isWellFormed } from './is-well-formed.ts';
import { encodePairs } from './percent-encode.ts';
import { compareAscii, signV1 } from './sign-v1.ts';
import { signTc3 } from './sign-tc3.ts';
import { V1_COMMON_PARAMS } from './v1-common-params.ts';

/** How to put a call on the wire; timestamp (unix seconds) and nonce default to now and a random integer. */
export interface BuildOptions {
  readonly form: RequestForm;
  readonly signMethod: SignMethod;
  readonly credentials: Credentials;
  readonly timestamp?: number;
  readonly nonce?: number;
}

/** Why a call cannot be put on the wire as asked. */
export interface BuildRequestError {
  readonly code: 'E_UNSUPPORTED_COMBINATION' | 'E_UNENCODABLE' | 'E_INVALID_HEADER_VALUE' | 'E_INVALID_OPTION' | 'E_PARAM_CONFLICT';
  readonly message: string;
}

type Built = Result<WireRequest, BuildRequestError>;

/** The JSON body's content type, as the signature page's examples send it. */
export const JSON_CONTENT_TYPE = 'application/json; charset=utf-8';
/** The content type of POST forms, and of TC3 GET requests. */
export const FORM_CONTENT_TYPE = 'application/x-www-form-urlencoded';

/** Builds and signs the request; post-json needs TC3 and post-form needs v1 (the forms the vendor accepts). */
export function buildRequest(call: ApiCall, opts: BuildOptions): Result<WireRequest, BuildRequestError> {
  const tc3 = opts.signMethod === 'TC3-HMAC-SHA256';
  if (opts.form === 'post-json' && !tc3) return fail('E_UNSUPPORTED_COMBINATION', `post-json is signed with TC3-HMAC-SHA256 only, not ${opts.signMethod}`);
  if (opts.form === 'post-form' && tc3) return fail('E_UNSUPPORTED_COMBINATION', 'post-form is signed with HmacSHA1 or HmacSHA256 only, not TC3-HMAC-SHA256');
  const timestamp = opts.timestamp ?? Math.floor(Date.now() / 1000);
  if (!Number.isSafeInteger(timestamp) || timestamp < 0 || timestamp > 999_999_999_999) return fail('E_INVALID_OPTION', `timestamp must be unix seconds, got ${timestamp}`);
  const badHeader = headerProblem({ host: call.host, ...(tc3 ? { ...tc3HeaderValues(call, opts.credentials), secretId: opts.credentials.secretId } : {}) });
  if (badHeader !== undefined) return fail('E_INVALID_HEADER_VALUE', badHeader);
  if (opts.form === 'post-json') return buildJson(call, opts.credentials, timestamp);
  const flat = flatten(call.params);
  const unencodable = Object.entries(flat).find(([k, v]) => !isWellFormed(k) || !isWellFormed(v));
  if (unencodable !== undefined) return fail('E_UNENCODABLE', `parameter '${unencodable[0]}' holds a lone UTF-16 surrogate`);
  if (tc3) return buildTc3Get(call, opts.credentials, timestamp, flat);
  return buildV1(call, { ...opts, timestamp }, flat);
}

function buildJson(call: ApiCall, credentials: Credentials, timestamp: number): Built {
  let body: string;
  try {
    body = JSON.stringify(call.params);
  } catch (error) {
    return fail('E_UNENCODABLE', `params cannot be serialised as JSON: ${(error as Error).message}`);
  }
  return { ok: true, value: signedTc3(call, credentials, timestamp, { method: 'POST', path: '/', query: '', contentType: JSON_CONTENT_TYPE, body }) };
}

function buildTc3Get(call: ApiCall, credentials: Credentials, timestamp: number, flat: Record<string, string>): Built {
  const query = encodePairs(Object.entries(flat));
  const path = query === '' ? '/' : `/?${query}`;
  return { ok: true, value: signedTc3(call, credentials, timestamp, { method: 'GET', path, query, contentType: FORM_CONTENT_TYPE, body: '' }) };
}

/** Where a TC3 request puts things: the signed query (GET) or body (POST) and its content type. */
interface Tc3Shape {
  readonly method: 'GET' | 'POST';
  readonly path: string;
  readonly query: string;
  readonly contentType: string;
  readonly body: string;
}

function signedTc3(call: ApiCall, credentials: Credentials, timestamp: number, { method, path, query, contentType, body }: Tc3Shape): WireRequest {
  const headers: Record<string, string> = { host: call.host, 'content-type': contentType, ...tc3HeaderValues(call, credentials), 'x-tc-timestamp': String(timestamp) };
  const { authorization } = signTc3({
    method,
    canonicalQuery: query,
    headers,
    signedHeaders: ['content-type', 'host'],
    payload: body,
    timestamp,
    service: call.service,
    secretId: credentials.secretId,
    secretKey: credentials.secretKey,
  });
  return { method, path, headers: { ...headers, authorization }, body };
}

function tc3HeaderValues(call: ApiCall, credentials: Credentials): Record<string, string> {
  const headers: Record<string, string> = { 'x-tc-action': call.action, 'x-tc-version': call.version };
  if (call.region !== undefined) headers['x-tc-region'] = call.region;
  if (credentials.token !== undefined) headers['x-tc-token'] = credentials.token;
  if (call.language !== undefined) headers['x-tc-language'] = call.language;
  return headers;
}

function buildV1(call: ApiCall, opts: BuildOptions & { readonly timestamp: number }, flat: Record<string, string>): Built {
  const clash = Object.keys(flat).find((k) => V1_COMMON_PARAMS.has(k));
  if (clash !== undefined) return fail('E_PARAM_CONFLICT', `action parameter '${clash}' has the name of a v1 common parameter`);
  const nonce = opts.nonce ?? randomInt(1, 2 ** 31 - 1);
  if (!Number.isSafeInteger(nonce) || nonce < 0) return fail('E_INVALID_OPTION', `nonce must be a non-negative integer, got ${nonce}`);
  const params: Record<string, string> = {
    ...flat,
    Action: call.action,
    Version: call.version,
    Timestamp: String(opts.timestamp),
    Nonce: String(nonce),
    SecretId: opts.credentials.secretId,
    SignatureMethod: opts.signMethod,
  };
  if (call.region !== undefined) params.Region = call.region;
  if (opts.credentials.token !== undefined) params.Token = opts.credentials.token;
  if (call.language !== undefined) params.Language = call.language;
  const method = opts.form === 'get-query' ? 'GET' : 'POST';
  const signMethod = opts.signMethod === 'HmacSHA256' ? 'HmacSHA256' : 'HmacSHA1';
  const { signature } = signV1({ method, host: call.host, params, secretKey: opts.credentials.secretKey, signMethod });
  const pairs: Array<[string, string]> = [...Object.entries(params).sort(([a], [b]) => compareAscii(a, b)), ['Signature', signature]];
  const encoded = encodePairs(pairs);
  if (method === 'GET') return { ok: true, value: { method, path: `/?${encoded}`, headers: { host: call.host }, body: '' } };
  return { ok: true, value: { method, path: '/', headers: { host: call.host, 'content-type': FORM_CONTENT_TYPE }, body: encoded } };
}

function headerProblem(values: Record<string, string>): string | undefined {
  for (const [name, value] of Object.entries(values)) {
    if (!/^([\x21-\x7e]([\x20-\x7e]*[\x21-\x7e])?)?$/.test(value)) {
      return `${name} value ${JSON.stringify(value)} cannot travel in an HTTP header (printable ASCII, no edge spaces)`;
    }
  }
  return undefined;
}

function fail(code: BuildRequestError['code'], message: string): Built {
  return { ok: false, error: { code, message } };
}
