// The deviations that make the mock accept, or act on, what the docs say must be refused, and those whose effect
// reaches beyond the request (mock/README.md lists each). They let the suite prove its live-safety net: whatever
// such a target accepts or changes is read back, undone and reported.
import type { IncomingCall, Params } from '../../core/types.ts';
import type { Operation } from '../../generated/operations.ts';
import type { DeviationName } from '../faults/fault-plan.ts';
import type { CallContext, LaxGate } from '../rules/call-context.ts';
import type { Outcome } from '../rules/outcome.ts';
import type { Transition } from '../rules/transition.ts';
import { withBlueprint, withImage, type State } from '../world/state.ts';
import { regionView } from '../fixtures/region-view.ts';

type Deviates = (name: DeviationName) => boolean;

const GATES: readonly [DeviationName, readonly LaxGate[]][] = [
  ['self-share-accepted', ['self']],
  ['non-root-recipient-accepted', ['root']],
  ['already-shared-accepted', ['already']],
  ['quota-and-occupancy-ignored', ['quota', 'occupancy']],
];

/** The gates the injected deviations lift. */
export function laxGates(deviates: Deviates): ReadonlySet<LaxGate> {
  return new Set(GATES.filter(([name]) => deviates(name)).flatMap(([, gates]) => gates));
}

/** `enum-case-ignored`: the call with string enum values upper-cased (`share` read as `SHARE`). */
export function upperCasedEnums(call: IncomingCall): IncomingCall {
  const p = call.params['Permission'];
  return typeof p === 'string' ? { ...call, params: { ...call.params, Permission: p.toUpperCase() } } : call;
}

/** `over-limit-shares-first-ten`: the state after sharing with the first ten accounts of an over-limit request
 * (the request itself is still refused with the documented error). */
export function firstTenShared(state: State, params: Params, transition: Transition | undefined, ctx: CallContext): State {
  const accounts = params['AccountIds'];
  if (transition === undefined || !Array.isArray(accounts) || accounts.length <= 10) return state;
  const outcome = transition(state, { ...params, AccountIds: accounts.slice(0, 10) }, ctx);
  return outcome.answer.ok ? outcome.state : state;
}

/** `refused-but-applied`: a refused request's effect as if every gate were lifted (its answer stays the refusal). */
export function appliedAnyway(state: State, params: Params, transition: Transition, ctx: CallContext, refused: Outcome): Outcome {
  const lifted = transition(state, params, { ...ctx, lax: new Set<LaxGate>(['self', 'root', 'already', 'quota', 'occupancy']) });
  return lifted.changed ? { state: lifted.state, answer: refused.answer, changed: true } : refused;
}

/** `effect-on-unnamed-account` and `effect-on-other-resource`: after an accepted share of accounts, one more
 * recipient the request did not name gets the share, or the caller's main CVM image is shared with the named accounts. */
export function spillOver(deviates: Deviates, op: Operation, params: Params, ctx: CallContext, outcome: Outcome): Outcome {
  if (!outcome.changed || !outcome.answer.ok || !Array.isArray(params['AccountIds'])) return outcome;
  const sharing = op.key === 'lighthouse.ShareBlueprintAcrossAccounts' || (op.key === 'cvm.ModifyImageSharePermission' && params['Permission'] === 'SHARE');
  if (!sharing) return outcome;
  const named = (params['AccountIds'] as unknown[]).map(String);
  let state = outcome.state;
  const view = regionView(state, ctx.region);
  if (deviates('effect-on-unnamed-account') && view !== undefined) {
    const extra = view.recipients.find((a) => !named.includes(a));
    const blueprint = state.blueprints.get(String(params['BlueprintId']));
    const image = state.images.get(String(params['ImageId']));
    const add = { accountId: extra ?? '', createdTime: '2026-01-01T00:00:00Z' };
    if (extra !== undefined && blueprint !== undefined && !blueprint.shares.some((s) => s.accountId === extra)) state = withBlueprint(state, { ...blueprint, shares: [...blueprint.shares, add] });
    else if (extra !== undefined && image !== undefined && !image.shares.some((s) => s.accountId === extra)) state = withImage(state, { ...image, shares: [...image.shares, add] });
  }
  const other = view?.mainImage;
  if (deviates('effect-on-other-resource') && other !== undefined && other.id !== params['ImageId']) {
    const fresh = named.filter((a) => !other.shares.some((s) => s.accountId === a)).map((accountId) => ({ accountId, createdTime: '2026-01-01T00:00:00Z' }));
    state = withImage(state, { ...other, shares: [...other.shares, ...fresh] });
  }
  return { ...outcome, state };
}
