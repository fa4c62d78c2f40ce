// The state machine's actions, keyed like the generated operations table (`<product>.<Action>`).
import { cancelShareBlueprint } from './cancel-share-blueprint.ts';
import { describeBlueprints } from './describe-blueprints.ts';
import { describeImageSharePermission } from './describe-image-share-permission.ts';
import { describeImages } from './describe-images.ts';
import { describeShareInfos } from './describe-share-infos.ts';
import { modifyCvmImage } from './modify-cvm-image.ts';
import { modifyLighthouseImage } from './modify-lighthouse-image.ts';
import { shareBlueprint } from './share-blueprint.ts';
import type { Transition } from './transition.ts';

/** Operation key → transition, for the eight emulated actions. */
export const transitions: Readonly<Record<string, Transition>> = {
  'lighthouse.ShareBlueprintAcrossAccounts': shareBlueprint,
  'lighthouse.CancelShareBlueprintAcrossAccounts': cancelShareBlueprint,
  'lighthouse.ModifyImageSharePermission': modifyLighthouseImage,
  'lighthouse.DescribeBlueprintsShareAcrossAccountInfos': describeShareInfos,
  'lighthouse.DescribeBlueprints': describeBlueprints,
  'cvm.ModifyImageSharePermission': modifyCvmImage,
  'cvm.DescribeImageSharePermission': describeImageSharePermission,
  'cvm.DescribeImages': describeImages,
};

/** Which operations change shares, and in which direction (for the share-not-applied / cancel-not-applied deviations). */
export function shareDirection(key: string, params: Readonly<Record<string, unknown>>): 'share' | 'cancel' | undefined {
  if (key === 'lighthouse.ShareBlueprintAcrossAccounts') return 'share';
  if (key === 'lighthouse.CancelShareBlueprintAcrossAccounts') return 'cancel';
  if (key.endsWith('.ModifyImageSharePermission')) return params['Permission'] === 'CANCEL' ? 'cancel' : 'share';
  return undefined;
}
