// Server-side check of a TC3-HMAC-SHA256 request. Order of checks: Authorization shape (algorithm, terminator),
// content-type and host signed, signed headers present, X-TC-Timestamp, credential date, credential service,
// SecretId, clock skew, signature (method, URI, query, signed header values, payload hash). Each rule is explicit:
// `input.unenforced` can switch any off (core/signing-rules.ts), which only the suite's self-tests ask for.
import type { Result, VendorError, VerifiedSignature, VerifyInput, WireRequest } from './types.ts';
import { checkSkew } from './check-skew.ts';
import { constantTimeEqual } from './constant-time-equal.ts';
import { headerValue, lowerCaseNames } from './header-value.ts';
import { hostCandidates } from './host-candidates.ts';
import { laxTc3Match } from './lax-tc3.ts';
import { parseAuthorization, type Tc3Authorization } from './parse-authorization.ts';
import type { SigningRule } from './signing-rules.ts';
import { parseTimestamp } from './parse-timestamp.ts';
import { sha256Hex, TC3_ALGORITHM, tc3SignatureOf, utcDate } from './sign-tc3.ts';
import { splitPath } from './split-path.ts';
import { vendorError } from './vendor-error.ts';

/** Headers the signature page requires in SignedHeaders. */
const REQUIRED_SIGNED = ['content-type', 'host'];

/** Verifies a TC3 request (host: see hostCandidates); failures carry the vendor AuthFailure.* / parameter codes. */
export function verifyTc3(input: VerifyInput): Result<VerifiedSignature, VendorError> {
  const lax = input.unenforced;
  const claims = readClaims(input.request, lax);
  if (!claims.ok) return claims;
  const { auth, timestamp } = claims.value;
  if (auth.service !== input.service && lax?.has('tc3.scope-service') !== true) {
    return fail('AuthFailure.SignatureFailure', `credential scope names service '${auth.service}', this endpoint is '${input.service}'`);
  }
  const secretKey = input.lookupSecret(auth.secretId);
  if (secretKey === undefined) return fail('AuthFailure.SecretIdNotFound', `SecretId ${auth.secretId} is not known`);
  const expired = checkSkew(timestamp, input.now, 'X-TC-Timestamp', input.maxSkewSeconds, lax?.has('timestamp.future'));
  if (expired !== undefined) return { ok: false, error: expired };
  const { pathname, query } = splitPath(input.request.path);
  const method = input.request.method.toUpperCase();
  const headers = lowerCaseNames(input.request.headers);
  const payloadHash = sha256Hex(input.request.body);
  const verified = { ok: true, value: { secretId: auth.secretId, signMethod: 'TC3-HMAC-SHA256', timestamp } } as const;
  for (const host of hostCandidates(input)) {
    const signature = tc3SignatureOf({
      method,
      canonicalUri: pathname,
      canonicalQuery: method === 'GET' ? query : '',
      headers: headers['host'] === host ? headers : { ...headers, host },
      signedHeaders: auth.signedHeaders,
      timestamp,
      service: auth.service,
      secretId: auth.secretId,
      secretKey,
    }, payloadHash);
    if (constantTimeEqual(signature, auth.signature)) return verified;
  }
  if (lax !== undefined && lax.size > 0) {
    const host = hostCandidates(input)[0] ?? '';
    const base = { method, canonicalUri: pathname, canonicalQuery: method === 'GET' ? query : '', headers: { ...headers, host }, signedHeaders: auth.signedHeaders,
      payload: input.request.body, timestamp, service: auth.service, secretId: auth.secretId, secretKey };
    if (laxTc3Match(base, auth, lax)) return verified;
  }
  return fail('AuthFailure.SignatureFailure', 'the TC3 signature does not match the request');
}

/** The Authorization pieces and the timestamp, checked for shape and for agreeing with each other. */
function readClaims(request: WireRequest, lax: ReadonlySet<SigningRule> | undefined): Result<{ auth: Tc3Authorization; timestamp: number }, VendorError> {
  const header = headerValue(request.headers, 'authorization');
  if (header === undefined) return fail('AuthFailure.InvalidAuthorization', 'the Authorization header is missing');
  const auth = parseAuthorization(lax === undefined ? header : laxHeader(header, lax));
  if (!auth.ok) return auth;
  const missingRequired = REQUIRED_SIGNED.filter((h) => !auth.value.signedHeaders.includes(h));
  if (missingRequired.length > 0 && lax?.has('tc3.signed-headers') !== true) return fail('AuthFailure.InvalidAuthorization', `SignedHeaders must include ${missingRequired.join(' and ')}`);
  const absent = auth.value.signedHeaders.filter((h) => headerValue(request.headers, h) === undefined);
  if (absent.length > 0) return fail('AuthFailure.InvalidAuthorization', `signed header(s) absent from the request: ${absent.join(', ')}`);
  const timestamp = parseTimestamp(headerValue(request.headers, 'x-tc-timestamp'), 'X-TC-Timestamp');
  if (!timestamp.ok) return timestamp;
  const date = utcDate(timestamp.value);
  if (auth.value.date !== date && lax?.has('tc3.scope-date') !== true) {
    return fail('AuthFailure.InvalidAuthorization', `credential date ${auth.value.date} is not the UTC date of X-TC-Timestamp ${timestamp.value} (${date})`);
  }
  return { ok: true, value: { auth: auth.value, timestamp: timestamp.value } };
}

/** The header as a lax server reads it: an algorithm name or a scope terminator it ignores is taken as the documented one. */
function laxHeader(header: string, lax: ReadonlySet<SigningRule>): string {
  let read = header.trim();
  if (lax.has('tc3.algorithm')) read = read.replace(/^\S+/, TC3_ALGORITHM);
  if (lax.has('tc3.scope-terminator')) read = read.replace(/(Credential=[^,/]*\/[^,/]*\/[^,/]*\/)[^,\s]*/, '$1tc3_request');
  return read;
}

function fail<T>(code: string, message: string): Result<T, VendorError> {
  return { ok: false, error: vendorError(code, message) };
}
