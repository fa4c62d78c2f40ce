// Parsing of the TC3 Authorization header into its pieces; any deviation is AuthFailure.InvalidAuthorization.
import type { Result, VendorError } from './types.ts';
import { TC3_ALGORITHM } from './sign-tc3.ts';
import { lastResult } from './last-result.ts';
import { vendorError } from './vendor-error.ts';

/** The pieces of `TC3-HMAC-SHA256 Credential=<id>/<date>/<service>/tc3_request, SignedHeaders=a;b, Signature=<hex>`. */
export interface Tc3Authorization {
  readonly secretId: string;
  readonly date: string;
  readonly service: string;
  readonly signedHeaders: readonly string[];
  readonly signature: string;
}

const INVALID = 'AuthFailure.InvalidAuthorization';
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const HEADER_NAME = /^[a-z0-9-]+$/;
const HEX_SIGNATURE = /^[0-9a-fA-F]{64}$/;

/**
 * Parses a TC3 Authorization header value; malformed or missing pieces give AuthFailure.InvalidAuthorization. A
 * server parses each request's header twice (to name the caller, then to verify): the last result is kept.
 */
export const parseAuthorization: (value: string) => Result<Tc3Authorization, VendorError> = lastResult(parse);

function parse(value: string): Result<Tc3Authorization, VendorError> {
  const trimmed = value.trim();
  const space = trimmed.indexOf(' ');
  const algorithm = space === -1 ? trimmed : trimmed.slice(0, space);
  if (algorithm !== TC3_ALGORITHM) return fail(`Authorization must start with ${TC3_ALGORITHM}, got '${algorithm}'`);
  const parts = readParts(space === -1 ? '' : trimmed.slice(space + 1));
  if (typeof parts === 'string') return fail(parts);
  const credential = parts.get('Credential');
  const signedHeaders = parts.get('SignedHeaders');
  const signature = parts.get('Signature');
  if (credential === undefined) return fail('Authorization has no Credential');
  if (signedHeaders === undefined) return fail('Authorization has no SignedHeaders');
  if (signature === undefined) return fail('Authorization has no Signature');
  const scope = credential.split('/');
  const [secretId, date, service, terminator] = scope;
  if (scope.length !== 4 || !secretId || !date || !service || terminator !== 'tc3_request') {
    return fail(`Credential must be <SecretId>/<date>/<service>/tc3_request, got '${credential}'`);
  }
  if (!DATE.test(date)) return fail(`Credential date must be YYYY-MM-DD, got '${date}'`);
  const names = signedHeaders.split(';');
  if (names.some((n) => !HEADER_NAME.test(n))) return fail(`SignedHeaders must be lower-case names joined by ';', got '${signedHeaders}'`);
  if (!HEX_SIGNATURE.test(signature)) return fail('Signature must be 64 hex digits');
  return { ok: true, value: { secretId, date, service, signedHeaders: names, signature } };
}

function readParts(text: string): Map<string, string> | string {
  const parts = new Map<string, string>();
  for (const raw of text.split(',')) {
    const part = raw.trim();
    const eq = part.indexOf('=');
    if (eq <= 0) return `Authorization piece '${part}' is not Name=value`;
    const name = part.slice(0, eq);
    if (parts.has(name)) return `Authorization repeats ${name}`;
    parts.set(name, part.slice(eq + 1));
  }
  return parts;
}

function fail(message: string): Result<Tc3Authorization, VendorError> {
  return { ok: false, error: vendorError(INVALID, message) };
}
