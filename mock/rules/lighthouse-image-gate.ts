// Lighthouse ModifyImageSharePermission, the checks before a CVM image is shared into (or withdrawn from)
// Lighthouse. Order: service role → image exists in the region → owned by the caller (mock/README.md).
import type { Result } from '../../core/types.ts';
import type { State } from '../world/state.ts';
import type { CvmImage } from '../world/world.ts';
import type { CallContext } from './call-context.ts';
import { lighthouseImageErrors as e } from './errors.ts';
import type { Answer } from './outcome.ts';

/**
 * Platforms Lighthouse accepts for a shared-in image. The metadata says Platform and OsName must "satisfy" without
 * naming them; these are the Linux and Windows families Lighthouse offers blueprints for.
 */
export const LIGHTHOUSE_PLATFORMS: ReadonlySet<string> = new Set(
  ['centos', 'ubuntu', 'debian', 'opencloudos', 'tencentos', 'rocky linux', 'almalinux', 'windows'],
);

/** The caller's CVM image `id` in the call's region, once Lighthouse may read it. */
export function lighthouseImageGate(state: State, id: string, ctx: CallContext): Result<CvmImage, Answer> {
  if (ctx.caller.lighthouseRole === 'missing') return fail(e.roleNotFound());
  if (ctx.caller.lighthouseRole === 'unassumable') return fail(e.assumeRoleFailed());
  const image = state.images.get(id);
  if (image === undefined || image.region !== ctx.region) return fail(e.notFound(id));
  if (image.owner === null) return fail(e.unableToShare(id, 'it is a public image'));
  if (image.owner !== ctx.caller.id) return fail(e.noPermission(id));
  return { ok: true, value: image };
}

/** Why the image cannot become a Lighthouse blueprint (the metadata's six conditions), or undefined. */
export function unshareableReason(image: CvmImage): string | undefined {
  if (image.type !== 'PRIVATE_IMAGE') return `it is a ${image.type}, not a custom image`;
  if (image.source === 'EXTERNAL_IMPORT') return 'it was imported from outside';
  if (image.instanceImage) return 'it is a whole-machine image';
  if (!image.cloudInit) return 'it does not support cloud-init';
  if (!LIGHTHOUSE_PLATFORMS.has(image.platform.toLowerCase())) return `platform ${image.platform} is not supported by Lighthouse`;
  if (image.state !== 'NORMAL') return `it is in state ${image.state}, not NORMAL`;
  return undefined;
}

function fail(answer: Answer): Result<CvmImage, Answer> {
  return { ok: false, error: answer };
}
