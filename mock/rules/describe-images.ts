// CVM DescribeImages (observer): public, own and shared-with-you images of the region.
import type { Params } from '../../core/types.ts';
import type { CvmImage } from '../world/world.ts';
import { callerGate } from './caller-gate.ts';
import { applyFilters, exactly, exclusive, fuzzy, paginate, type Matcher } from './filters.ts';
import { canSeeImage, imageView, viewedImageType } from './image-view.ts';
import { success, unchanged } from './outcome.ts';
import type { Transition } from './transition.ts';

/** Lists the images the caller can see, by ImageIds or Filters (not both), paged. InstanceType is accepted and ignored. */
export const describeImages: Transition = (state, params, ctx) => {
  const refused = callerGate('DescribeImages', ctx) ?? exclusive(params, 'ImageIds', 'Filters', 'InvalidParameter.InvalidParameterCoexistImageIdsFilters');
  if (refused !== undefined) return unchanged(state, refused);
  const caller = ctx.caller.id;
  let visible = [...state.images.values()].filter((i) => i.region === ctx.region && canSeeImage(i, caller));
  const ids = idsOf(params);
  if (ids !== undefined) visible = visible.filter((i) => ids.includes(i.id));
  const filtered = applyFilters(visible, params, matchers(caller), 'InvalidFilter');
  if (!filtered.ok) return unchanged(state, filtered.error);
  const { page, total } = paginate(filtered.value, params);
  return unchanged(state, success({ ImageSet: page.map((i) => imageView(i, caller)), TotalCount: total }));
};

function idsOf(params: Params): string[] | undefined {
  const ids = params['ImageIds'];
  return Array.isArray(ids) ? ids.filter((v): v is string => typeof v === 'string') : undefined;
}

function matchers(caller: string): Record<string, Matcher<CvmImage>> {
  return {
    'image-id': (i, v) => exactly(i.id, v),
    'image-type': (i, v) => exactly(viewedImageType(i, caller), v),
    'image-name': (i, v) => fuzzy(i.name, v),
    platform: (i, v) => fuzzy(i.platform, v),
    'dedicated-cluster-id': () => false,
    'cdc-cache-status': () => false,
  };
}
