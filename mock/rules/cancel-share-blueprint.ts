// Lighthouse CancelShareBlueprintAcrossAccounts: the owner withdraws shares it made (spec conflict
// cancel-precondition-wording: the spec, and so the mock, follows the metadata's owner-side reading).
import { withBlueprint } from '../world/state.ts';
import { distinctStrings, stringParam } from './as-strings.ts';
import { blueprintGate } from './blueprint-gate.ts';
import { callerGate } from './caller-gate.ts';
import { blueprintErrors } from './errors.ts';
import { success, unchanged } from './outcome.ts';
import { plantedFailure } from './planted-failure.ts';
import type { Transition } from './transition.ts';

/** Caller → blueprint → every account must hold the share → planted failure; then the shares are removed. */
export const cancelShareBlueprint: Transition = (state, params, ctx) => {
  const refused = callerGate('CancelShareBlueprintAcrossAccounts', ctx);
  if (refused !== undefined) return unchanged(state, refused);
  const found = blueprintGate(state, stringParam(params, 'BlueprintId'), ctx, 'cancel');
  if (!found.ok) return unchanged(state, found.error);
  const blueprint = found.value;
  const accounts = distinctStrings(params, 'AccountIds');
  const missing = accounts.find((id) => !blueprint.shares.some((s) => s.accountId === id));
  if (missing !== undefined) return unchanged(state, blueprintErrors.hasNotShared(blueprint.id, missing));
  const planted = plantedFailure(blueprint, ctx);
  if (planted !== undefined) return unchanged(state, planted);
  const shares = blueprint.shares.filter((s) => !accounts.includes(s.accountId));
  return { state: withBlueprint(state, { ...blueprint, shares }), answer: success(), changed: true };
};
