// Business error templates of the emulated actions: the documented code and a message naming the culprit.
import { failure, type Answer } from './outcome.ts';

/** CAM refuses the action: the action's own documented code when it has one, else the common CAM code. */
export function denied(action: string, documented: ReadonlySet<string>): Answer {
  const code = documented.has('UnauthorizedOperation.NoPermission') ? 'UnauthorizedOperation.NoPermission' : 'AuthFailure.UnauthorizedOperation';
  return failure(code, `the caller's CAM policy does not allow ${action}`);
}

/** The product backend refuses the session token (the code each action documents for it). */
export function tokenRefused(code: string): Answer {
  return failure(code, 'the session token of the request is not valid for this product');
}

/** A vendor-side failure planted on a resource with `failWith`. */
export function vendorFailure(code: string, resourceId: string): Answer {
  return failure(code, `the operation on ${resourceId} failed on the vendor side; try again later`);
}

/** Lighthouse blueprint templates. */
export const blueprintErrors = {
  idNotFound: (id: string) => failure('ResourceNotFound.BlueprintIdNotFound', `no blueprint ${id} exists in this region`),
  notFound: (id: string, region: string) => failure('ResourceNotFound.BlueprintNotFound', `blueprint ${id} is not in region ${region}`),
  privateNotFound: (id: string) => failure('ResourceNotFound.PrivateBlueprintNotFound', `the caller has no custom blueprint ${id}`),
  notCustom: (id: string, type: string) => failure('InvalidParameterValue.InvalidBlueprintId', `blueprint ${id} is a ${type} blueprint, not a custom one`),
  badState: (id: string, state: string) => failure('InvalidParameterValue.InvalidBlueprintState', `blueprint ${id} is in state ${state}, not NORMAL`),
  curStateInvalid: (id: string, state: string) => failure('UnsupportedOperation.BlueprintCurStateInvalid', `blueprint ${id} is ${state}; its share settings cannot change`),
  occupied: (id: string) => failure('UnsupportedOperation.BlueprintOccupied', `blueprint ${id} is in use`),
  inProgress: (id: string) => failure('OperationDenied.BlueprintOperationInProgress', `another operation on blueprint ${id} is running`),
  latestUnfinished: (id: string) => failure('UnsupportedOperation.BlueprintLatestOperationUnfinished', `the latest operation on blueprint ${id} has not finished`),
  modifyingShare: (id: string) => failure('ResourceInUse.BlueprintModifyingSharePermission', `the share permission of blueprint ${id} is being changed`),
  alreadyShared: (id: string, account: string) => failure('UnsupportedOperation.BlueprintAlreadyShared', `blueprint ${id} is already shared with ${account}`),
  hasNotShared: (id: string, account: string) => failure('UnsupportedOperation.BlueprintHasNotShared', `blueprint ${id} is not shared with ${account}`),
};

/** Lighthouse recipient templates. */
export const recipientErrors = {
  self: (account: string) => failure('InvalidParameterValue.AccountIdSameWithUin', `account ${account} is the caller itself`),
  unknown: (account: string) => failure('InvalidParameterValue.AccountIdsNotExist', `account ${account} does not exist`),
  notRoot: (account: string) => failure('InvalidParameterValue.AccountIdsNotOwnerAccount', `account ${account} is not a root account`),
  otherSite: (account: string) => failure('InvalidParameterValue.AccountIdInvalidAccountArea', `account ${account} is on the other site`),
  quota: (account: string) => failure('LimitExceeded.ShareBlueprintAcrossAccountQuotaLimitExceeded', `account ${account} has no share quota left`),
};

/** Lighthouse ModifyImageSharePermission templates. */
export const lighthouseImageErrors = {
  notFound: (id: string) => failure('ResourceNotFound.ImageIdNotFound', `no CVM image ${id} exists in this region`),
  noPermission: (id: string) => failure('UnauthorizedOperation.NoPermission', `CVM image ${id} does not belong to the caller`),
  roleNotFound: () => failure('ResourceNotFound.RoleNotFound', 'the Lighthouse service role is missing from the account'),
  assumeRoleFailed: () => failure('UnsupportedOperation.AssumeRoleFailed', 'the Lighthouse service role could not be assumed'),
  alreadyShared: (id: string, blueprint: string) => failure('UnsupportedOperation.ImageAlreadyShared', `CVM image ${id} is already shared into Lighthouse as ${blueprint}`),
  occupied: (id: string) => failure('UnsupportedOperation.ImageOccupied', `CVM image ${id} is busy with another operation`),
  inUse: (id: string, blueprint: string) => failure('ResourceInUse.ImageInUse', `blueprint ${blueprint} shared in from ${id} is in use`),
  unableToShare: (id: string, why: string) => failure('UnsupportedOperation.ImageUnableToShare', `CVM image ${id} cannot be shared into Lighthouse: ${why}`),
  notShared: (id: string) => failure('FailedOperation.ImageOperationFailed', `CVM image ${id} is not shared into Lighthouse`),
};

/** CVM ModifyImageSharePermission templates. */
export const cvmImageErrors = {
  notFound: (id: string) => failure('InvalidImageId.NotFound', `no image ${id} exists`),
  otherRegion: (id: string, region: string) => failure('UnsupportedOperation.LocationImageNotSupported', `image ${id} is in ${region}; sharing stays within one region`),
  notOwner: (id: string) => failure('UnauthorizedOperation.ImageNotBelongToAccount', `image ${id} does not belong to the caller`),
  notCustom: (id: string, type: string) => failure('InvalidParameterValue.InvalidImageId', `image ${id} is a ${type}, not a custom image of the caller`),
  badState: (id: string, why: string) => failure('InvalidParameterValue.InvalidImageState', `image ${id} ${why}`),
  instance: (id: string) => failure('InvalidParameter.InstanceImageNotSupport', `image ${id} is a whole-machine image`),
  byol: (id: string) => failure('FailedOperation.BYOLImageShareFailed', `image ${id} has a BYOL licence`),
  encrypted: (id: string) => failure('UnsupportedOperation.EncryptedImagesNotSupported', `image ${id} is encrypted`),
  tooMany: (count: number) => failure('InvalidParameterValue.LimitExceeded', `AccountIds holds ${count} accounts; an image is shared with at most 500`),
  overQuota: (id: string, total: number) => failure('OverQuota', `image ${id} would be shared with ${total} accounts; the limit is 500`),
  self: (account: string) => failure('FailedOperation.AccountIsYourSelf', `account ${account} is the caller itself`),
  selfCancel: (account: string) => failure('InvalidAccountIs.YourSelf', `account ${account} is the caller itself`),
  unknown: (account: string) => failure('InvalidAccountId.NotFound', `account ${account} does not exist`),
  notRoot: (account: string) => failure('FailedOperation.NotMasterAccount', `account ${account} is a collaborator, not a root account`),
  already: (id: string, account: string) => failure('FailedOperation.AccountAlreadyExists', `image ${id} is already shared with ${account}`),
};
