// The calls that should succeed, one or two per action, built from the fixtures the mock hands out: the
// situations of each mutating action's documented effect, and read-backs of the resources those situations name.
// Between them they send strings, string arrays, integers and arrays of objects in every request form.

import type { ProductFixtures } from '../../core/fixtures.ts';
import type { Params } from '../../core/types.ts';
import type { ValueCall } from './sdk-case.ts';

/** What value calls need from the fixtures of one region. */
export interface ValueSource {
  readonly region: string;
  readonly lighthouse: ProductFixtures | undefined;
  readonly cvm: ProductFixtures | undefined;
}

/** The value calls; a situation the fixtures lack is left out (listed in `missing`). */
export function valueCalls(src: ValueSource): { calls: ValueCall[]; missing: string[] } {
  const calls: ValueCall[] = [];
  const missing: string[] = [];
  const lh = src.lighthouse?.situations ?? {};
  const cvm = src.cvm?.situations ?? {};
  const add = (operation: string, title: string, params: Params | undefined, rule?: string) => {
    if (params === undefined) missing.push(`${operation}: ${rule ?? title}`);
    else calls.push({ operation, title, params, region: src.region, ...(rule ? { rule } : {}) });
  };
  const situation = (set: typeof lh, rule: string) => set[rule]?.params;
  add('lighthouse.ShareBlueprintAcrossAccounts', 'share a custom blueprint', situation(lh, 'share.effect'), 'share.effect');
  add('lighthouse.CancelShareBlueprintAcrossAccounts', 'cancel a share', situation(lh, 'cancel.effect'), 'cancel.effect');
  add('lighthouse.ModifyImageSharePermission', 'share a CVM image into Lighthouse', situation(lh, 'lmodify.share-effect'), 'lmodify.share-effect');
  add('lighthouse.ModifyImageSharePermission', 'cancel a CVM image in Lighthouse (BlueprintId null)', situation(lh, 'lmodify.cancel-effect'), 'lmodify.cancel-effect');
  add('cvm.ModifyImageSharePermission', 'share an image', situation(cvm, 'cvm.share-effect'), 'cvm.share-effect');
  add('cvm.ModifyImageSharePermission', 'cancel an image share', situation(cvm, 'cvm.cancel-effect'), 'cvm.cancel-effect');
  const shared = situation(lh, 'cancel.effect');
  const sharedBlueprint = typeof shared?.['BlueprintId'] === 'string' ? shared['BlueprintId'] : undefined;
  const recipient = Array.isArray(shared?.['AccountIds']) ? String(shared['AccountIds'][0]) : undefined;
  add('lighthouse.DescribeBlueprintsShareAcrossAccountInfos', 'read the shares of a blueprint, filtered by account',
    sharedBlueprint && recipient ? { BlueprintIds: [sharedBlueprint], Filters: [{ Name: 'account-id', Values: [recipient] }], Offset: 0, Limit: 20 } : undefined);
  add('lighthouse.DescribeBlueprints', 'list custom and shared blueprints',
    { Filters: [{ Name: 'blueprint-type', Values: ['PRIVATE', 'SHARED'] }], Offset: 0, Limit: 20 });
  const sharedImage = situation(cvm, 'cvm.cancel-effect')?.['ImageId'];
  add('cvm.DescribeImageSharePermission', 'read the shares of an image', typeof sharedImage === 'string' ? { ImageId: sharedImage } : undefined);
  const images = [src.cvm?.imageId, sharedImage].filter((id): id is string => typeof id === 'string');
  add('cvm.DescribeImages', 'describe images by ID', images.length > 0 ? { ImageIds: images, Limit: 10 } : undefined);
  return { calls, missing };
}
