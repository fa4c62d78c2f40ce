// Which blueprint a Share or Cancel works on, and whether its type, state and flags allow a change of shares.
// Order (mock/README.md, precedence): exists in the region → custom and owned by the caller → state → occupied →
// operation in progress → latest operation unfinished → share permission being modified.
import type { Result } from '../../core/types.ts';
import type { State } from '../world/state.ts';
import type { Blueprint, BlueprintState } from '../world/world.ts';
import { lax, type CallContext } from './call-context.ts';
import { blueprintErrors as e } from './errors.ts';
import type { Answer } from './outcome.ts';

/** States that are not yet (or no longer) usable: InvalidBlueprintState; the others that are not NORMAL: BlueprintCurStateInvalid. */
const INVALID_STATE: ReadonlySet<BlueprintState> = new Set(['SYNCING', 'CREATEFAILED', 'SYNCING_FAILED', 'OFFLINE']);

/** The caller's custom blueprint `id` in the call's region, if its shares may change now. */
export function blueprintGate(state: State, id: string, ctx: CallContext, mode: 'share' | 'cancel'): Result<Blueprint, Answer> {
  const blueprint = state.blueprints.get(id);
  if (blueprint === undefined) return fail(e.idNotFound(id));
  if (blueprint.region !== ctx.region) return fail(mode === 'cancel' ? e.notFound(id, ctx.region) : e.idNotFound(id));
  if (blueprint.owner === null) return fail(e.notCustom(id, blueprint.type));
  if (blueprint.owner !== ctx.caller.id) return fail(e.privateNotFound(id));
  if (blueprint.type !== 'PRIVATE') return fail(e.notCustom(id, blueprint.type));
  const problem = conditionProblem(blueprint, lax(ctx, 'occupancy'));
  return problem === undefined ? { ok: true, value: blueprint } : fail(problem);
}

function conditionProblem(b: Blueprint, busyOk: boolean): Answer | undefined {
  if (b.state !== 'NORMAL') return INVALID_STATE.has(b.state) ? e.badState(b.id, b.state) : e.curStateInvalid(b.id, b.state);
  if (b.occupied && !busyOk) return e.occupied(b.id);
  if (b.operationInProgress) return e.inProgress(b.id);
  if (b.latestOperationUnfinished) return e.latestUnfinished(b.id);
  if (b.modifyingShare) return e.modifyingShare(b.id);
  return undefined;
}

function fail(answer: Answer): Result<Blueprint, Answer> {
  return { ok: false, error: answer };
}
