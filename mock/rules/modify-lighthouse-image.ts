// Lighthouse ModifyImageSharePermission: SHARE turns a CVM custom image into a Lighthouse blueprint of type SHARED
// (DescribeBlueprints lists it with ImageId = the CVM image) and answers its new ID; CANCEL removes that blueprint
// and answers BlueprintId null.
import { withBlueprint, withImage, withoutBlueprint, type State } from '../world/state.ts';
import type { Blueprint, CvmImage } from '../world/world.ts';
import { stringParam } from './as-strings.ts';
import { lax, type CallContext } from './call-context.ts';
import { callerGate } from './caller-gate.ts';
import { isoSeconds } from './clock.ts';
import { lighthouseImageErrors as e } from './errors.ts';
import { lighthouseImageGate, unshareableReason } from './lighthouse-image-gate.ts';
import { success, unchanged, type Outcome } from './outcome.ts';
import { plantedFailure } from './planted-failure.ts';
import type { Transition } from './transition.ts';

/** Caller → role → image → (SHARE: not shared yet → not busy → shareable | CANCEL: shared → not in use → not busy) → planted failure. */
export const modifyLighthouseImage: Transition = (state, params, ctx) => {
  const refused = callerGate('ModifyImageSharePermission', ctx);
  if (refused !== undefined) return unchanged(state, refused);
  const found = lighthouseImageGate(state, stringParam(params, 'ImageId'), ctx);
  if (!found.ok) return unchanged(state, found.error);
  return stringParam(params, 'Permission') === 'CANCEL' ? cancel(state, found.value, ctx) : share(state, found.value, ctx);
};

function share(state: State, image: CvmImage, ctx: CallContext): Outcome {
  if (image.lighthouseBlueprintId !== null) return unchanged(state, e.alreadyShared(image.id, image.lighthouseBlueprintId));
  if (image.busy && !lax(ctx, 'occupancy')) return unchanged(state, e.occupied(image.id));
  const reason = unshareableReason(image);
  if (reason !== undefined) return unchanged(state, e.unableToShare(image.id, reason));
  const planted = plantedFailure(image, ctx);
  if (planted !== undefined) return unchanged(state, planted);
  const blueprint = blueprintFrom(image, freshBlueprintId(state, ctx), ctx);
  const next = withImage(withBlueprint(state, blueprint), { ...image, lighthouseBlueprintId: blueprint.id });
  return { state: next, answer: success({ BlueprintId: blueprint.id }), changed: true };
}

function cancel(state: State, image: CvmImage, ctx: CallContext): Outcome {
  const blueprintId = image.lighthouseBlueprintId;
  if (blueprintId === null) return unchanged(state, e.notShared(image.id));
  if (state.blueprints.get(blueprintId)?.occupied === true) return unchanged(state, e.inUse(image.id, blueprintId));
  if (image.busy && !lax(ctx, 'occupancy')) return unchanged(state, e.occupied(image.id));
  const planted = plantedFailure(image, ctx);
  if (planted !== undefined) return unchanged(state, planted);
  const next = withImage(withoutBlueprint(state, blueprintId), { ...image, lighthouseBlueprintId: null });
  return { state: next, answer: success({ BlueprintId: null }), changed: true };
}

/** A `lhbp-` ID no blueprint has yet. */
function freshBlueprintId(state: State, ctx: CallContext): string {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    const id = `lhbp-${ctx.ids.blueprintSuffix()}`;
    if (!state.blueprints.has(id)) return id;
  }
  let n = state.blueprints.size;
  while (state.blueprints.has(`lhbp-${n.toString(36).padStart(8, '0')}`)) n += 1;
  return `lhbp-${n.toString(36).padStart(8, '0')}`;
}

function blueprintFrom(image: CvmImage, id: string, ctx: CallContext): Blueprint {
  return {
    id,
    owner: ctx.caller.id,
    region: image.region,
    type: 'SHARED',
    state: 'NORMAL',
    occupied: false,
    operationInProgress: false,
    latestOperationUnfinished: false,
    modifyingShare: false,
    shares: [],
    sourceImageId: image.id,
    name: image.name,
    platform: image.platform.toUpperCase(),
    platformType: /windows/i.test(image.platform) ? 'WINDOWS' : 'LINUX_UNIX',
    osName: image.osName,
    createdTime: isoSeconds(ctx.nowMs),
    failWith: null,
  };
}
