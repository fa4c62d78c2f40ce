// Server-side check of a v1 (HmacSHA1 / HmacSHA256) request, GET query or POST form. Order of checks:
// parameters decodable, Signature/SecretId/Timestamp/Nonce present, SignatureMethod, SecretId, clock skew, signature.
import type { Result, VendorError, VerifiedSignature, VerifyInput } from './types.ts';
import { checkSkew } from './check-skew.ts';
import { constantTimeEqual } from './constant-time-equal.ts';
import { hostCandidates } from './host-candidates.ts';
import { parseTimestamp } from './parse-timestamp.ts';
import { readV1Params } from './read-v1-params.ts';
import { signV1, type V1Method } from './sign-v1.ts';
import { splitPath } from './split-path.ts';
import { vendorError } from './vendor-error.ts';

/** Verifies a v1 request; `input.service` is not checked (v1 has no credential scope). */
export function verifyV1(input: VerifyInput): Result<VerifiedSignature, VendorError> {
  const { request } = input;
  const read = readV1Params(request);
  if (!read.ok) return read;
  const params = read.value;
  for (const name of ['Signature', 'SecretId', 'Nonce'] as const) {
    if (!params.get(name)) return fail('MissingParameter', `the ${name} parameter is missing`);
  }
  const timestamp = parseTimestamp(params.get('Timestamp'), 'Timestamp');
  if (!timestamp.ok) return timestamp;
  const nonce = params.get('Nonce') ?? '';
  if (!/^\d{1,19}$/.test(nonce)) return fail('InvalidParameterValue', `Nonce must be a non-negative integer, got '${nonce}'`);
  const method = signMethodOf(params.get('SignatureMethod'));
  if (!method.ok) return method;
  const secretId = params.get('SecretId') ?? '';
  const secretKey = input.lookupSecret(secretId);
  if (secretKey === undefined) return fail('AuthFailure.SecretIdNotFound', `SecretId ${secretId} is not known`);
  const ts = timestamp.value;
  const expired = checkSkew(ts, input.now, 'Timestamp', input.maxSkewSeconds);
  if (expired !== undefined) return { ok: false, error: expired };
  const signature = params.get('Signature') ?? '';
  const signed = Object.fromEntries([...params].filter(([k]) => k !== 'Signature'));
  const path = splitPath(request.path).pathname;
  for (const host of hostCandidates(input)) {
    const expected = signV1({ method: request.method, host, path, params: signed, secretKey, signMethod: method.value });
    if (constantTimeEqual(expected.signature, signature)) return { ok: true, value: { secretId, signMethod: method.value, timestamp: ts } };
  }
  return fail('AuthFailure.SignatureFailure', `the ${method.value} signature does not match the request`);
}

function signMethodOf(declared: string | undefined): Result<V1Method, VendorError> {
  if (declared === undefined || declared === 'HmacSHA1') return { ok: true, value: 'HmacSHA1' };
  if (declared === 'HmacSHA256') return { ok: true, value: 'HmacSHA256' };
  return fail('InvalidParameterValue', `SignatureMethod must be HmacSHA1 or HmacSHA256, got '${declared}'`);
}

function fail<T>(code: string, message: string): Result<T, VendorError> {
  return { ok: false, error: vendorError(code, message) };
}
