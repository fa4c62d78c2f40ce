// CVM ModifyImageSharePermission, the checks on the image. Order: exists → in the call's region → owned by the
// caller and custom → state NORMAL and not busy; for SHARE also: not an instance image → not BYOL → not encrypted.
import type { Result } from '../../core/types.ts';
import type { State } from '../world/state.ts';
import type { CvmImage } from '../world/world.ts';
import type { CallContext } from './call-context.ts';
import { cvmImageErrors as e } from './errors.ts';
import type { Answer } from './outcome.ts';

/** The caller's custom image `id`, usable for a change of shares in this region. */
export function cvmImageGate(state: State, id: string, ctx: CallContext): Result<CvmImage, Answer> {
  const image = state.images.get(id);
  if (image === undefined) return fail(e.notFound(id));
  if (image.region !== ctx.region) return fail(e.otherRegion(id, image.region));
  if (image.owner === null) return fail(e.notCustom(id, image.type));
  if (image.owner !== ctx.caller.id) {
    return fail(image.shares.some((s) => s.accountId === ctx.caller.id) ? e.notCustom(id, 'SHARED_IMAGE') : e.notOwner(id));
  }
  if (image.type !== 'PRIVATE_IMAGE') return fail(e.notCustom(id, image.type));
  if (image.state !== 'NORMAL') return fail(e.badState(id, `is in state ${image.state}, not NORMAL`));
  if (image.busy) return fail(e.badState(id, 'has another task running'));
  return { ok: true, value: image };
}

/** Why the image may not be shared at all (instance image, BYOL, encrypted), or undefined. */
export function cvmShareBlocker(image: CvmImage): Answer | undefined {
  if (image.instanceImage) return e.instance(image.id);
  if (image.licenseType === 'BYOL') return e.byol(image.id);
  if (image.encrypted) return e.encrypted(image.id);
  return undefined;
}

function fail(answer: Answer): Result<CvmImage, Answer> {
  return { ok: false, error: answer };
}
