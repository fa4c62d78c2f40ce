// CVM ModifyImageSharePermission: SHARE adds root accounts to an image's share list (at most 500 in total),
// CANCEL removes them. Cancelling an account the image is not shared with is a no-op success (the docs are silent).
import { productLimits } from '../../generated/operations.ts';
import { withImage, type State } from '../world/state.ts';
import type { Account, CvmImage } from '../world/world.ts';
import { distinctStrings, stringParam } from './as-strings.ts';
import { lax, type CallContext } from './call-context.ts';
import { callerGate } from './caller-gate.ts';
import { isoSeconds } from './clock.ts';
import { cvmShareBlocker, cvmImageGate } from './cvm-image-gate.ts';
import { cvmImageErrors as e } from './errors.ts';
import { success, unchanged, type Answer, type Outcome } from './outcome.ts';
import { plantedFailure } from './planted-failure.ts';
import type { Transition } from './transition.ts';

/** The documented cap on accounts per image (500, from the spec's x-tc-limits). */
export const MAX_ACCOUNTS_PER_IMAGE: number = productLimits.cvm.accountsPerImage.max;

/** Caller → request size → image → (SHARE: blockers → recipients → 500 cap | CANCEL: recipients) → planted failure. */
export const modifyCvmImage: Transition = (state, params, ctx) => {
  const refused = callerGate('ModifyImageSharePermission', ctx);
  if (refused !== undefined) return unchanged(state, refused);
  const accounts = distinctStrings(params, 'AccountIds');
  if (!ctx.limitsOff && ctx.capWhenFullOnly !== true && accounts.length > MAX_ACCOUNTS_PER_IMAGE) return unchanged(state, e.tooMany(accounts.length));
  const found = cvmImageGate(state, stringParam(params, 'ImageId'), ctx);
  if (!found.ok) return unchanged(state, found.error);
  return stringParam(params, 'Permission') === 'CANCEL' ? cancel(state, found.value, accounts, ctx) : share(state, found.value, accounts, ctx);
};

function share(state: State, image: CvmImage, accounts: readonly string[], ctx: CallContext): Outcome {
  const problem = cvmShareBlocker(image) ?? firstProblem(accounts, (id) => shareRecipientProblem(state.accounts.get(id), image, id, ctx));
  if (problem !== undefined) return unchanged(state, problem);
  const total = image.shares.length + accounts.length;
  const over = ctx.capWhenFullOnly === true ? image.shares.length >= MAX_ACCOUNTS_PER_IMAGE
    : ctx.capOffByOne === true ? total >= MAX_ACCOUNTS_PER_IMAGE : total > MAX_ACCOUNTS_PER_IMAGE;
  if (!ctx.limitsOff && over) return unchanged(state, e.overQuota(image.id, total));
  const planted = plantedFailure(image, ctx);
  if (planted !== undefined) return unchanged(state, planted);
  const createdTime = isoSeconds(ctx.nowMs);
  const shares = [...image.shares, ...accounts.filter((a) => !image.shares.some((s) => s.accountId === a)).map((accountId) => ({ accountId, createdTime }))];
  return { state: withImage(state, { ...image, shares }), answer: success(), changed: true };
}

function cancel(state: State, image: CvmImage, accounts: readonly string[], ctx: CallContext): Outcome {
  const problem = firstProblem(accounts, (id) => {
    if (id === ctx.caller.id && !lax(ctx, 'self')) return e.selfCancel(id);
    return state.accounts.has(id) ? undefined : e.unknown(id);
  });
  if (problem !== undefined) return unchanged(state, problem);
  const planted = plantedFailure(image, ctx);
  if (planted !== undefined) return unchanged(state, planted);
  const shares = image.shares.filter((s) => !accounts.includes(s.accountId));
  if (shares.length === image.shares.length) return unchanged(state, success());
  return { state: withImage(state, { ...image, shares }), answer: success(), changed: true };
}

function shareRecipientProblem(account: Account | undefined, image: CvmImage, id: string, ctx: CallContext): Answer | undefined {
  if (id === ctx.caller.id && !lax(ctx, 'self')) return e.self(id);
  if (account === undefined) return id === ctx.caller.id ? undefined : e.unknown(id);
  if (account.kind !== 'root' && !lax(ctx, 'root')) return e.notRoot(id);
  if (image.shares.some((s) => s.accountId === id) && !lax(ctx, 'already')) return e.already(image.id, id);
  return undefined;
}

function firstProblem(ids: readonly string[], check: (id: string) => Answer | undefined): Answer | undefined {
  for (const id of ids) {
    const problem = check(id);
    if (problem !== undefined) return problem;
  }
  return undefined;
}
