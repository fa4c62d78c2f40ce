// Checks on the caller that come before any resource is looked at: CAM permission, then the product's token check.
import type { CallContext } from './call-context.ts';
import { denied, tokenRefused } from './errors.ts';
import type { Answer } from './outcome.ts';

const TOKEN_CODES = ['UnauthorizedOperation.TokenInvalid', 'UnauthorizedOperation.InvalidToken'];

/** The refusal for this caller and action, or undefined when the caller may go on. */
export function callerGate(action: string, ctx: CallContext): Answer | undefined {
  if (ctx.caller.deniedActions.includes(action)) return denied(action, ctx.documented);
  if (ctx.credential.productRejectsToken === true) {
    const code = TOKEN_CODES.find((c) => ctx.documented.has(c));
    if (code !== undefined) return tokenRefused(code);
  }
  return undefined;
}
