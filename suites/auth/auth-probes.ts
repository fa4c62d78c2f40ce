// The request every auth case of an action sends, before one signing rule is broken. On the mutating actions it
// names resources that do not exist (well-formed IDs no account has), so nothing can change even when a target
// wrongly accepts the broken signature: it can at most answer that the resource is not there.

import type { Params } from '../../core/types.ts';

/** The params of an action's auth requests, and one parameter to change after signing. */
export interface AuthProbe {
  readonly params: Params;
  readonly change: { readonly name: string; readonly value: string | number };
}

const NO_BLUEPRINT = 'lhbp-0tcauth0';
const NO_IMAGE = 'img-0tcauth0';
const NO_ACCOUNT = '200000000000';

/** Operation key → its auth probe: all eight actions. */
export const authProbes: Readonly<Record<string, AuthProbe>> = {
  'lighthouse.ShareBlueprintAcrossAccounts': { params: { BlueprintId: NO_BLUEPRINT, AccountIds: [NO_ACCOUNT] }, change: { name: 'BlueprintId', value: 'lhbp-0tcauth1' } },
  'lighthouse.CancelShareBlueprintAcrossAccounts': { params: { BlueprintId: NO_BLUEPRINT, AccountIds: [NO_ACCOUNT] }, change: { name: 'BlueprintId', value: 'lhbp-0tcauth1' } },
  'lighthouse.ModifyImageSharePermission': { params: { ImageId: NO_IMAGE, Permission: 'SHARE' }, change: { name: 'ImageId', value: 'img-0tcauth1' } },
  'lighthouse.DescribeBlueprints': { params: { Limit: 1 }, change: { name: 'Limit', value: 2 } },
  'lighthouse.DescribeBlueprintsShareAcrossAccountInfos': { params: { BlueprintIds: [NO_BLUEPRINT], Limit: 1 }, change: { name: 'Limit', value: 2 } },
  'cvm.ModifyImageSharePermission': { params: { ImageId: NO_IMAGE, AccountIds: [NO_ACCOUNT], Permission: 'SHARE' }, change: { name: 'ImageId', value: 'img-0tcauth1' } },
  'cvm.DescribeImageSharePermission': { params: { ImageId: NO_IMAGE }, change: { name: 'ImageId', value: 'img-0tcauth1' } },
  'cvm.DescribeImages': { params: { Limit: 1 }, change: { name: 'Limit', value: 2 } },
};
