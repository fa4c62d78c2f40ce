// The request timestamp (X-TC-Timestamp or v1 Timestamp): unix seconds as a plain decimal integer.
import type { Result, VendorError } from './types.ts';
import { vendorError } from './vendor-error.ts';

const UNIX_SECONDS = /^(0|[1-9]\d{0,11})$/;

/** Parses a timestamp parameter; absent → MissingParameter, not a decimal integer (no sign, no leading zero) → InvalidParameterValue. */
export function parseTimestamp(raw: string | undefined, name: string): Result<number, VendorError> {
  if (raw === undefined || raw === '') return { ok: false, error: vendorError('MissingParameter', `the ${name} parameter is missing`) };
  if (!UNIX_SECONDS.test(raw)) {
    return { ok: false, error: vendorError('InvalidParameterValue', `${name} must be unix seconds as a decimal integer, got '${raw}'`) };
  }
  return { ok: true, value: Number(raw) };
}
