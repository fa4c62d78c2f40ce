// CVM DescribeImageSharePermission (observer): the accounts the caller's image is shared with.
import { stringParam } from './as-strings.ts';
import { callerGate } from './caller-gate.ts';
import { failure, success, unchanged } from './outcome.ts';
import type { Transition } from './transition.ts';

/** The share list of one of the caller's images in the region: an unknown image is InvalidImageId.NotFound, another account's UnauthorizedOperation.ImageNotBelongToAccount. */
export const describeImageSharePermission: Transition = (state, params, ctx) => {
  const refused = callerGate('DescribeImageSharePermission', ctx);
  if (refused !== undefined) return unchanged(state, refused);
  const id = stringParam(params, 'ImageId');
  const image = state.images.get(id);
  if (image === undefined || image.region !== ctx.region) return unchanged(state, failure('InvalidImageId.NotFound', `no image ${id} exists in ${ctx.region}`));
  if (image.owner !== ctx.caller.id) return unchanged(state, failure('UnauthorizedOperation.ImageNotBelongToAccount', `image ${id} does not belong to the caller`));
  const set = image.shares.map((s) => ({ CreatedTime: s.createdTime, AccountId: s.accountId }));
  return unchanged(state, success({ SharePermissionSet: set }));
};
