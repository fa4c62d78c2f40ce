// The request forms generated cases are sent in, and the JSON fallback for requests a query or form cannot carry.

import type { RequestForm, SignMethod } from '../../core/types.ts';
import { flattensLosslessly } from '../../core/flattens-losslessly.ts';

/** One way to put a request on the wire. */
export type Form = { readonly form: RequestForm; readonly signMethod: SignMethod };

/** POST JSON (TC3), GET query (v1 HmacSHA256), POST form (v1 HmacSHA1); the first is the fallback. */
export const FORMS: readonly [Form, ...Form[]] = [
  { form: 'post-json', signMethod: 'TC3-HMAC-SHA256' }, { form: 'get-query', signMethod: 'HmacSHA256' }, { form: 'post-form', signMethod: 'HmacSHA1' },
];

/** `form`, unless the params hold empty arrays or objects the query/form encoding would drop: then POST JSON. */
export function wireForm(form: Form, params: Record<string, unknown>): Form {
  return form.form === 'post-json' || flattensLosslessly(params) ? form : FORMS[0];
}
