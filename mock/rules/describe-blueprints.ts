// Lighthouse DescribeBlueprints (observer): public, own and shared-with-you blueprints of the region.
import type { Params } from '../../core/types.ts';
import type { Blueprint } from '../world/world.ts';
import { blueprintView, canSeeBlueprint, viewedBlueprintType } from './blueprint-view.ts';
import { callerGate } from './caller-gate.ts';
import { applyFilters, closedValues, exactly, exclusive, fuzzy, paginate, type ClosedFilter, type Matcher } from './filters.ts';
import { success, unchanged } from './outcome.ts';
import type { Transition } from './transition.ts';

/** Lists the blueprints the caller can see, by BlueprintIds or Filters (not both), paged. */
export const describeBlueprints: Transition = (state, params, ctx) => {
  const refused = callerGate('DescribeBlueprints', ctx) ?? exclusive(params, 'BlueprintIds', 'Filters', 'InvalidParameter.ParameterConflict')
    ?? closedValues(params, CLOSED);
  if (refused !== undefined) return unchanged(state, refused);
  const caller = ctx.caller.id;
  let visible = [...state.blueprints.values()].filter((b) => b.region === ctx.region && canSeeBlueprint(b, caller));
  const ids = idsOf(params);
  if (ids !== undefined) visible = visible.filter((b) => ids.includes(b.id));
  const filtered = applyFilters(visible, params, matchers(caller), 'InvalidParameter.InvalidFilterNotSupportedName');
  if (!filtered.ok) return unchanged(state, filtered.error);
  const { page, total } = paginate(filtered.value, params);
  return unchanged(state, success({ TotalCount: total, BlueprintSet: page.map((b) => blueprintView(b, caller)) }));
};

/**
 * Filters whose values the docs list as a closed set ("valid values"), answered with the action's documented
 * code for that field; the emulated world has no scenes, so every scene-id is unknown.
 */
const CLOSED: Readonly<Record<string, ClosedFilter>> = {
  'blueprint-type': { values: ['APP_OS', 'PURE_OS', 'DOCKER', 'PRIVATE', 'SHARED'], code: 'InvalidParameterValue.InvalidBlueprintType' },
  'platform-type': { values: ['LINUX_UNIX', 'WINDOWS'], code: 'InvalidParameterValue.InvalidBlueprintPlatformType' },
  'blueprint-state': { values: ['NORMAL', 'SYNCING', 'OFFLINE', 'CREATEFAILED', 'SYNCING_FAILED', 'ISOLATING', 'ISOLATED', 'DELETING', 'DESTROYING'], code: 'InvalidParameterValue.InvalidBlueprintState' },
  'scene-id': { values: [], code: 'ResourceNotFound.SceneIdNotFound' },
};

function idsOf(params: Params): string[] | undefined {
  const ids = params['BlueprintIds'];
  return Array.isArray(ids) ? ids.filter((v): v is string => typeof v === 'string') : undefined;
}

function matchers(caller: string): Record<string, Matcher<Blueprint>> {
  return {
    'blueprint-id': (b, v) => exactly(b.id, v),
    'blueprint-type': (b, v) => exactly(viewedBlueprintType(b, caller), v),
    'platform-type': (b, v) => exactly(b.platformType, v),
    'blueprint-name': (b, v) => fuzzy(b.name, v),
    'blueprint-state': (b, v) => exactly(b.state, v),
    'scene-id': () => false,
  };
}
