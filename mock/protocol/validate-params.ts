// Request parameters against the one spec: the generated request validator (coercing for GET query and POST
// form, whose values arrive as strings; never for JSON bodies), errors mapped to the documented codes.
import type { IncomingCall, Params, Result, VendorError } from '../../core/types.ts';
import type { Operation } from '../../generated/operations.ts';
import { validatorFor } from '../../generated/validators.ts';
import { answerForBreaches, breachesOf } from './param-breach.ts';

/** The validated (for query and form: coerced) parameters, or the documented refusal. */
export function validateParams(op: Operation, call: IncomingCall, skipOverLimit: boolean): Result<Params, VendorError> {
  const key = call.form === 'post-json' ? op.requestValidator : `${op.key}.requestCoerced`;
  const validate = validatorFor(key);
  const params = call.params;
  if (validate(params)) return { ok: true, value: params };
  const refusal = answerForBreaches(breachesOf(validate.errors ?? []), op.constraints, skipOverLimit, Object.keys(op.errorCodes));
  return refusal === undefined ? { ok: true, value: params } : { ok: false, error: refusal };
}
