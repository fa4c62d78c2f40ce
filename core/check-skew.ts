// The freshness rule of both signature methods: the request timestamp may differ from server time by 300 s.
import type { VendorError } from './types.ts';
import { vendorError } from './vendor-error.ts';

/** AuthFailure.SignatureExpire when `timestamp` is more than `maxSkew` seconds (300 unless told) from `now`, behind or ahead (`pastOnly`: behind only, a lax server's check). */
export function checkSkew(timestamp: number, now: number, name: string, maxSkew = 300, pastOnly = false): VendorError | undefined {
  if (Math.abs(now - timestamp) <= maxSkew || (pastOnly && timestamp > now)) return undefined;
  return vendorError('AuthFailure.SignatureExpire', `${name} ${timestamp} is ${now - timestamp} s from server time ${now} (limit ${maxSkew} s)`);
}
