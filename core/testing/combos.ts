// The form × sign-method combinations the vendor accepts, for tests that must cover all of them.
import type { RequestForm, SignMethod } from '../types.ts';

/** Every accepted (form, signMethod) pair. */
export const COMBOS: ReadonlyArray<{ readonly form: RequestForm; readonly signMethod: SignMethod }> = [
  { form: 'post-json', signMethod: 'TC3-HMAC-SHA256' },
  { form: 'get-query', signMethod: 'TC3-HMAC-SHA256' },
  { form: 'get-query', signMethod: 'HmacSHA1' },
  { form: 'get-query', signMethod: 'HmacSHA256' },
  { form: 'post-form', signMethod: 'HmacSHA1' },
  { form: 'post-form', signMethod: 'HmacSHA256' },
];
