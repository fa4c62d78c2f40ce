// Lighthouse ShareBlueprintAcrossAccounts: share a custom blueprint with other root accounts of the same site.
import { withBlueprint } from '../world/state.ts';
import { isoSeconds } from './clock.ts';
import { distinctStrings, stringParam } from './as-strings.ts';
import { blueprintGate } from './blueprint-gate.ts';
import { callerGate } from './caller-gate.ts';
import { success, unchanged } from './outcome.ts';
import { plantedFailure } from './planted-failure.ts';
import { recipientGate } from './recipient-gate.ts';
import type { Transition } from './transition.ts';

/** Caller → blueprint → recipients → planted failure; then every account is added with the current time. */
export const shareBlueprint: Transition = (state, params, ctx) => {
  const refused = callerGate('ShareBlueprintAcrossAccounts', ctx);
  if (refused !== undefined) return unchanged(state, refused);
  const found = blueprintGate(state, stringParam(params, 'BlueprintId'), ctx, 'share');
  if (!found.ok) return unchanged(state, found.error);
  const blueprint = found.value;
  const accounts = distinctStrings(params, 'AccountIds');
  const problem = recipientGate(state, blueprint, accounts, ctx) ?? plantedFailure(blueprint, ctx);
  if (problem !== undefined) return unchanged(state, problem);
  const createdTime = isoSeconds(ctx.nowMs);
  const shares = [...blueprint.shares, ...accounts.filter((a) => !blueprint.shares.some((s) => s.accountId === a)).map((accountId) => ({ accountId, createdTime }))];
  return { state: withBlueprint(state, { ...blueprint, shares }), answer: success(), changed: true };
};
