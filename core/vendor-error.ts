// Constructor for the vendor common errors that parsing and verification return as values.
import type { VendorError } from './types.ts';

/** A `VendorError` with a code from the API 3.0 common error list and a precise message. */
export function vendorError(code: string, message: string): VendorError {
  return { code, message };
}
