// The three share lists the mutating actions change, each written once: which request parameter and fixture
// name the resource, who holds its shares and which observer reads them back, the requests that add and
// remove holders, and how a world snapshot lists every resource of the kind. share-semantics.ts maps each
// mutating action onto one of these.

import type { Params } from '../../core/types.ts';
import type { UndoCall } from './ledger-entry.ts';
import type { TargetClient } from './target-client.ts';
import { blueprintShares, blueprintsFromImage, imageShares, type ReadBack } from './read-shares.ts';

/** How the resources of a share list are listed for a world snapshot. */
export interface Inventory {
  /** The observer listing every resource (paged with Offset / Limit 100). */
  readonly op: string;
  readonly field: string;
  readonly id: string;
  /** The snapshot line of one listed resource. */
  readonly line: (item: Record<string, unknown>) => string;
  /** Whether the resource can hold shares (its holders are read and listed). */
  readonly shareable: (item: Record<string, unknown>) => boolean;
}

/** One share list: a resource and the holders of its shares. */
export interface ShareList {
  /** One word for snapshot lines and messages (`blueprint`, `image`, `lighthouse-image`: an image shared into Lighthouse). */
  readonly noun: string;
  /** The request parameter naming the resource. */
  readonly param: 'BlueprintId' | 'ImageId';
  /** The fixture field naming a resource the run may change (and the action whose schema validates its form). */
  readonly fixture: 'blueprintId' | 'imageId';
  /** The fixtures product that field is read from. */
  readonly product: 'lighthouse' | 'cvm';
  /** `accounts`: the holders are the request's AccountIds; `resource`: the resource itself is shared (its holders are
   * what the share made: the blueprints made from an image), and protecting it means protecting its ID. */
  readonly holders: 'accounts' | 'resource';
  /** The observer's operation key (a site whose definitions lack it cannot read this list: site-skip.ts). */
  readonly observer: string;
  /** Reads the holders back through an observer. */
  readonly read: (client: TargetClient, region: string, resourceId: string) => Promise<ReadBack<string[]>>;
  /** The request sharing the resource with `accounts` (ignored for `resource` lists). */
  readonly share: (region: string, resourceId: string, accounts: readonly string[]) => UndoCall;
  /** The request removing the share of `accounts` (ignored for `resource` lists). */
  readonly cancel: (region: string, resourceId: string, accounts: readonly string[]) => UndoCall;
  /** How a snapshot lists the resources; absent when another list's inventory already shows this state. */
  readonly inventory?: Inventory;
}

const call = (operation: string, region: string, params: Params): UndoCall => ({ operation, region, params });

/** A Lighthouse blueprint shared with accounts (DescribeBlueprintsShareAcrossAccountInfos). */
export const blueprintAccounts: ShareList = {
  noun: 'blueprint', param: 'BlueprintId', fixture: 'blueprintId', product: 'lighthouse', holders: 'accounts', observer: 'lighthouse.DescribeBlueprintsShareAcrossAccountInfos', read: blueprintShares,
  share: (region, id, accounts) => call('lighthouse.ShareBlueprintAcrossAccounts', region, { BlueprintId: id, AccountIds: [...accounts] }),
  cancel: (region, id, accounts) => call('lighthouse.CancelShareBlueprintAcrossAccounts', region, { BlueprintId: id, AccountIds: [...accounts] }),
  inventory: {
    op: 'lighthouse.DescribeBlueprints', field: 'BlueprintSet', id: 'BlueprintId',
    line: (b) => `blueprint ${String(b['BlueprintId'])} ${String(b['BlueprintType'])} ${String(b['BlueprintState'])} shared=${String(b['BlueprintShared'])} image=${String(b['ImageId'])}`,
    shareable: (b) => b['BlueprintType'] === 'PRIVATE',
  },
};

/** A CVM image shared with accounts (DescribeImageSharePermission). */
export const imageAccounts: ShareList = {
  noun: 'image', param: 'ImageId', fixture: 'imageId', product: 'cvm', holders: 'accounts', observer: 'cvm.DescribeImageSharePermission', read: imageShares,
  share: (region, id, accounts) => call('cvm.ModifyImageSharePermission', region, { ImageId: id, AccountIds: [...accounts], Permission: 'SHARE' }),
  cancel: (region, id, accounts) => call('cvm.ModifyImageSharePermission', region, { ImageId: id, AccountIds: [...accounts], Permission: 'CANCEL' }),
  inventory: {
    op: 'cvm.DescribeImages', field: 'ImageSet', id: 'ImageId',
    line: (i) => `image ${String(i['ImageId'])} ${String(i['ImageType'])} ${String(i['ImageState'])}`,
    shareable: (i) => i['ImageType'] === 'PRIVATE_IMAGE',
  },
};

/** A CVM image shared into Lighthouse: its holders are the blueprints made from it (DescribeBlueprints). Its state
 * shows in the blueprint inventory (each blueprint's `image=`), so it needs none of its own. */
export const imageIntoLighthouse: ShareList = {
  noun: 'lighthouse-image', param: 'ImageId', fixture: 'imageId', product: 'lighthouse', holders: 'resource', observer: 'lighthouse.DescribeBlueprints', read: blueprintsFromImage,
  share: (region, id) => call('lighthouse.ModifyImageSharePermission', region, { ImageId: id, Permission: 'SHARE' }),
  cancel: (region, id) => call('lighthouse.ModifyImageSharePermission', region, { ImageId: id, Permission: 'CANCEL' }),
};
