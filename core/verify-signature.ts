// One entry point for a server: detect how the request was signed, then verify it that way.
import type { Result, VendorError, VerifiedSignature, VerifyInput } from './types.ts';
import { detectForm } from './detect-form.ts';
import { verifyTc3 } from './verify-tc3.ts';
import { verifyV1 } from './verify-v1.ts';

/** Verifies any API 3.0 request form (TC3 or v1, per detectForm); errors carry vendor common codes. */
export function verifySignature(input: VerifyInput): Result<VerifiedSignature, VendorError> {
  const detected = detectForm(input.request);
  if (!detected.ok) return detected;
  return detected.value.signMethod === 'TC3-HMAC-SHA256' ? verifyTc3(input) : verifyV1(input);
}
