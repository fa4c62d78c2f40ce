// Server-side check of a v1 (HmacSHA1 / HmacSHA256) request, GET query or POST form. Order of checks:
// parameters decodable, Signature/SecretId/Nonce present, Timestamp, Nonce an integer, SignatureMethod,
// SecretId, clock skew, signature (method, host, path, every parameter sorted, the declared hash). Each rule is
// explicit: `input.unenforced` can switch any off (core/signing-rules.ts), which only the suite's self-tests ask for.
import type { Result, VendorError, VerifiedSignature, VerifyInput } from './types.ts';
import { checkSkew } from './check-skew.ts';
import { constantTimeEqual } from './constant-time-equal.ts';
import { hostCandidates } from './host-candidates.ts';
import { laxV1Match } from './lax-v1.ts';
import { parseTimestamp } from './parse-timestamp.ts';
import { readV1Params } from './read-v1-params.ts';
import { signV1, type V1Method } from './sign-v1.ts';
import type { SigningRule } from './signing-rules.ts';
import { splitPath } from './split-path.ts';
import { vendorError } from './vendor-error.ts';

/** Verifies a v1 request; `input.service` is not checked (v1 has no credential scope). */
export function verifyV1(input: VerifyInput): Result<VerifiedSignature, VendorError> {
  const { request } = input;
  const lax = input.unenforced;
  const read = readV1Params(request);
  if (!read.ok) return read;
  const params = read.value;
  for (const name of ['Signature', 'SecretId', 'Nonce'] as const) {
    if (!params.get(name) && !(name === 'Nonce' && lax?.has('v1.nonce') === true)) return fail('MissingParameter', `the ${name} parameter is missing`);
  }
  const timestamp = readTimestamp(params.get('Timestamp'), input.now, lax);
  if (!timestamp.ok) return timestamp;
  const nonce = params.get('Nonce') ?? '';
  // The docs say a positive integer, but the official Node SDK draws Math.round(Math.random() * 65535): 0 is let through.
  if (!/^\d{1,19}$/.test(nonce) && lax?.has('v1.nonce') !== true) return fail('InvalidParameterValue', `Nonce must be a non-negative integer, got '${nonce}'`);
  const method = signMethodOf(params.get('SignatureMethod'));
  if (!method.ok) return method;
  const secretId = params.get('SecretId') ?? '';
  const secretKey = input.lookupSecret(secretId);
  if (secretKey === undefined) return fail('AuthFailure.SecretIdNotFound', `SecretId ${secretId} is not known`);
  const ts = timestamp.value;
  const expired = checkSkew(ts, input.now, 'Timestamp', input.maxSkewSeconds, lax?.has('timestamp.future'));
  if (expired !== undefined) return { ok: false, error: expired };
  const signature = params.get('Signature') ?? '';
  const signed = Object.fromEntries([...params].filter(([k]) => k !== 'Signature'));
  const path = splitPath(request.path).pathname;
  const verified = { ok: true, value: { secretId, signMethod: method.value, timestamp: ts } } as const;
  for (const host of hostCandidates(input)) {
    const expected = signV1({ method: request.method, host, path, params: signed, secretKey, signMethod: method.value });
    if (constantTimeEqual(expected.signature, signature)) return verified;
  }
  const base = { method: request.method, host: hostCandidates(input)[0] ?? '', path, params: signed, secretKey, signMethod: method.value };
  if (lax !== undefined && lax.size > 0 && laxV1Match(base, signature, lax)) return verified;
  return fail('AuthFailure.SignatureFailure', `the ${method.value} signature does not match the request`);
}

/** The Timestamp parameter; a lax server that does not require it takes a missing or malformed one as its own clock. */
function readTimestamp(raw: string | undefined, now: number, lax: ReadonlySet<SigningRule> | undefined): Result<number, VendorError> {
  const timestamp = parseTimestamp(raw, 'Timestamp');
  return !timestamp.ok && lax?.has('v1.timestamp') === true ? { ok: true, value: now } : timestamp;
}

function signMethodOf(declared: string | undefined): Result<V1Method, VendorError> {
  if (declared === undefined || declared === 'HmacSHA1') return { ok: true, value: 'HmacSHA1' };
  if (declared === 'HmacSHA256') return { ok: true, value: 'HmacSHA256' };
  return fail('InvalidParameterValue', `SignatureMethod must be HmacSHA1 or HmacSHA256, got '${declared}'`);
}

function fail<T>(code: string, message: string): Result<T, VendorError> {
  return { ok: false, error: vendorError(code, message) };
}
