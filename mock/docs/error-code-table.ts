// Every documented business error code of the four mutating actions, with the default-world state and the request
// (ap-guangzhou) that produce it. mock/README.md shows this table; error-code-table.test.ts sends every row.
import type { Params } from '../../core/types.ts';
import { ACCOUNTS, blueprintIdOf, imageIdOf, KEYS, type BlueprintSlug, type ImageSlug } from '../world/default-ids.ts';

/** Which default-world credential sends the row's request. */
export type CallerRole = keyof typeof KEYS;

/** One row: operation, code, why the world answers it, and the request. */
export interface CodeRow {
  readonly operation: string;
  readonly code: string;
  readonly state: string;
  readonly params: Params;
  readonly as?: CallerRole;
}

const G = 'ap-guangzhou';
const bp = (slug: BlueprintSlug) => blueprintIdOf(G, slug);
const img = (slug: ImageSlug) => imageIdOf(G, slug);
const R0 = ACCOUNTS.recipients[0] as string;
const R12 = ACCOUNTS.recipients[12] as string;
const eleven = ACCOUNTS.recipients.slice(0, 11);
const over500 = Array.from({ length: 501 }, (_, i) => String(100000000000 + i));

function blueprintRows(operation: string, rows: ReadonlyArray<[string, string, string, readonly string[], CallerRole?]>): CodeRow[] {
  return rows.map(([code, state, blueprintId, accounts, as]) => ({ operation, code, state, params: { BlueprintId: blueprintId, AccountIds: [...accounts] }, ...(as ? { as } : {}) }));
}

const SHARE = 'lighthouse.ShareBlueprintAcrossAccounts';
const CANCEL = 'lighthouse.CancelShareBlueprintAcrossAccounts';
const LMODIFY = 'lighthouse.ModifyImageSharePermission';
const CVM = 'cvm.ModifyImageSharePermission';

const shareRows = blueprintRows(SHARE, [
  ['FailedOperation', 'vendor-side: the blueprint has `failWith: FailedOperation`', bp('failop'), [R0]],
  ['FailedOperation.ShareBlueprintAcrossAccountFailed', 'vendor-side: the blueprint has `failWith` this code', bp('failshr'), [R0]],
  ['InvalidParameterValue.AccountIdInvalidAccountArea', 'the recipient is a root account on the other site than the caller', bp('main'), [ACCOUNTS.otherSite]],
  ['InvalidParameterValue.AccountIdSameWithUin', 'the recipient is the caller', bp('main'), [ACCOUNTS.caller]],
  ['InvalidParameterValue.AccountIdsNotExist', 'no account has the recipient ID', bp('main'), [ACCOUNTS.unknown]],
  ['InvalidParameterValue.AccountIdsNotOwnerAccount', 'the recipient is a collaborator', bp('main'), [ACCOUNTS.collaborator]],
  ['InvalidParameterValue.BlueprintIdMalformed', 'BlueprintId breaks the `lhbp-` pattern', 'lhbp-BAD', [R0]],
  ['InvalidParameterValue.InvalidBlueprintId', 'the blueprint is public (PURE_OS), not custom', bp('public'), [R0]],
  ['InvalidParameterValue.InvalidBlueprintState', 'the blueprint is SYNCING', bp('syncing'), [R0]],
  ['LimitExceeded.ShareBlueprintAcrossAccountQuotaLimitExceeded', 'the recipient (quota 1) already received a blueprint', bp('main'), [ACCOUNTS.quotaFull]],
  ['OperationDenied.BlueprintOperationInProgress', 'the blueprint has `operationInProgress`', bp('inprog'), [R0]],
  ['ResourceInUse.BlueprintModifyingSharePermission', 'the blueprint has `modifyingShare`', bp('modshar'), [R0]],
  ['ResourceNotFound.BlueprintIdNotFound', 'no blueprint has the ID', 'lhbp-zzzzzzzz', [R0]],
  ['ResourceNotFound.PrivateBlueprintNotFound', 'the blueprint belongs to another account', bp('foreign'), [R0]],
  ['UnauthorizedOperation.NoPermission', "the caller's CAM policy denies the action", bp('main'), [R0], 'denied'],
  ['UnauthorizedOperation.TokenInvalid', 'vendor-side: the temporary credential has `productRejectsToken`', bp('main'), [R0], 'callerRejectedToken'],
  ['UnsupportedOperation.BlueprintAlreadyShared', 'the blueprint is already shared with the recipient', bp('already'), [R12]],
  ['UnsupportedOperation.BlueprintCurStateInvalid', 'the blueprint is ISOLATED', bp('isolate'), [R0]],
  ['UnsupportedOperation.BlueprintLatestOperationUnfinished', 'the blueprint has `latestOperationUnfinished`', bp('unfinis'), [R0]],
  ['UnsupportedOperation.BlueprintOccupied', 'the blueprint is `occupied`', bp('occupy'), [R0]],
]);

const cancelRows = blueprintRows(CANCEL, [
  ['InvalidParameterValue.BlueprintIdMalformed', 'BlueprintId breaks the `lhbp-` pattern', 'lhbp-BAD', [R0]],
  ['InvalidParameterValue.InvalidBlueprintId', 'the blueprint is public (PURE_OS), not custom', bp('public'), [R0]],
  ['InvalidParameterValue.InvalidBlueprintState', 'the blueprint is SYNCING', bp('syncing'), [R0]],
  ['InvalidParameterValue.LimitExceeded', '11 accounts, one over the maximum of 10', bp('main'), eleven],
  ['OperationDenied.BlueprintOperationInProgress', 'the blueprint has `operationInProgress`', bp('inprog'), [R0]],
  ['ResourceInUse.BlueprintModifyingSharePermission', 'the blueprint has `modifyingShare`', bp('modshar'), [R0]],
  ['ResourceNotFound.BlueprintIdNotFound', 'no blueprint has the ID', 'lhbp-zzzzzzzz', [R0]],
  ['ResourceNotFound.BlueprintNotFound', 'the blueprint exists, in ap-singapore', blueprintIdOf('ap-singapore', 'main'), [R0]],
  ['ResourceNotFound.PrivateBlueprintNotFound', 'the blueprint belongs to another account', bp('foreign'), [R0]],
  ['UnauthorizedOperation.TokenInvalid', 'vendor-side: the temporary credential has `productRejectsToken`', bp('cancel'), [R12], 'callerRejectedToken'],
  ['UnsupportedOperation.BlueprintCurStateInvalid', 'the blueprint is ISOLATED', bp('isolate'), [R0]],
  ['UnsupportedOperation.BlueprintHasNotShared', 'the blueprint is not shared with the account', bp('main'), [R0]],
  ['UnsupportedOperation.BlueprintLatestOperationUnfinished', 'the blueprint has `latestOperationUnfinished`', bp('unfinis'), [R0]],
  ['UnsupportedOperation.BlueprintOccupied', 'the blueprint is `occupied`', bp('occupy'), [R0]],
]);

function lmodify(code: string, state: string, imageId: string, permission: 'SHARE' | 'CANCEL', as?: CallerRole): CodeRow {
  return { operation: LMODIFY, code, state, params: { ImageId: imageId, Permission: permission }, ...(as ? { as } : {}) };
}

const lmodifyRows: CodeRow[] = [
  lmodify('FailedOperation.ImageOperationFailed', 'the image is not shared into Lighthouse (also: `failWith` on an image)', img('lhplain'), 'CANCEL'),
  lmodify('FailedOperation.RequestError', 'vendor-side: the image has `failWith` this code', img('failreq'), 'SHARE'),
  lmodify('InternalError.RequestError', 'vendor-side: the image has `failWith` this code', img('failint'), 'SHARE'),
  lmodify('InvalidParameterValue.InvalidImageIdMalformed', 'ImageId breaks the `img-` pattern', 'img-BAD', 'SHARE'),
  lmodify('ResourceInUse.ImageInUse', 'the blueprint shared in from the image is `occupied`', img('lhinuse'), 'CANCEL'),
  lmodify('ResourceNotFound.ImageIdNotFound', 'no image has the ID', 'img-zzzzzzzz', 'SHARE'),
  lmodify('ResourceNotFound.RoleNotFound', "the caller's Lighthouse service role is `missing`", img('lhmain'), 'SHARE', 'noRole'),
  lmodify('UnauthorizedOperation.NoPermission', 'the image belongs to another account', img('foreign'), 'SHARE'),
  lmodify('UnsupportedOperation.AssumeRoleFailed', "the caller's Lighthouse service role is `unassumable`", img('lhmain'), 'SHARE', 'badRole'),
  lmodify('UnsupportedOperation.ImageAlreadyShared', 'the image is already shared into Lighthouse', img('lhshare'), 'SHARE'),
  lmodify('UnsupportedOperation.ImageOccupied', 'the image is `busy`', img('busy'), 'SHARE'),
  lmodify('UnsupportedOperation.ImageUnableToShare', 'the image was imported from outside (EXTERNAL_IMPORT)', img('import'), 'SHARE'),
];

function cvm(code: string, state: string, imageId: string, accounts: readonly string[], permission: 'SHARE' | 'CANCEL' = 'SHARE', as?: CallerRole): CodeRow {
  return { operation: CVM, code, state, params: { ImageId: imageId, AccountIds: [...accounts], Permission: permission }, ...(as ? { as } : {}) };
}

const cvmRows: CodeRow[] = [
  cvm('FailedOperation.AccountAlreadyExists', 'the image is already shared with the account', img('already'), [R12]),
  cvm('FailedOperation.AccountIsYourSelf', 'SHARE names the caller', img('main'), [ACCOUNTS.caller]),
  cvm('FailedOperation.BYOLImageShareFailed', 'the image has a BYOL licence', img('byol'), [R0]),
  cvm('FailedOperation.NotMasterAccount', 'the recipient is a collaborator', img('main'), [ACCOUNTS.collaborator]),
  cvm('FailedOperation.QImageShareFailed', 'vendor-side: the image has `failWith` this code', img('failq'), [R0]),
  cvm('FailedOperation.RImageShareFailed', 'vendor-side: the image has `failWith` this code', img('failr'), [R0]),
  cvm('InvalidAccountId.NotFound', 'no account has the recipient ID', img('main'), [ACCOUNTS.unknown]),
  cvm('InvalidAccountIs.YourSelf', 'CANCEL names the caller', img('main'), [ACCOUNTS.caller], 'CANCEL'),
  cvm('InvalidImageId.Malformed', 'ImageId breaks the `img-` pattern', 'img-BAD', [R0]),
  cvm('InvalidImageId.NotFound', 'no image has the ID in any region', 'img-zzzzzzzz', [R0]),
  cvm('InvalidParameter.InstanceImageNotSupport', 'the image is a whole-machine (instance) image', img('instanc'), [R0]),
  cvm('InvalidParameterValue.InvalidAppIdFormat', 'a recipient ID is not digits', img('main'), ['not-an-account']),
  cvm('InvalidParameterValue.InvalidImageId', 'the image is public, not custom', img('public'), [R0]),
  cvm('InvalidParameterValue.InvalidImageState', 'the image is CREATING', img('create'), [R0]),
  cvm('InvalidParameterValue.LimitExceeded', '501 accounts in one request', img('main'), over500),
  cvm('OverQuota', 'the image is shared with 500 accounts already', img('full500'), [R0]),
  cvm('UnauthorizedOperation.ImageNotBelongToAccount', 'the image belongs to another account', img('foreign'), [R0]),
  cvm('UnauthorizedOperation.InvalidToken', 'vendor-side: the temporary credential has `productRejectsToken`', img('main'), [R0], 'SHARE', 'callerRejectedToken'),
  cvm('UnsupportedOperation.EncryptedImagesNotSupported', 'the image is encrypted', img('encrypt'), [R0]),
  cvm('UnsupportedOperation.LocationImageNotSupported', 'the image is in ap-singapore', imageIdOf('ap-singapore', 'main'), [R0]),
];

/** Every row, grouped by operation in the order of the docs' error tables. */
export const ERROR_CODE_TABLE: readonly CodeRow[] = [...shareRows, ...cancelRows, ...lmodifyRows, ...cvmRows];

/** The region every row's request names. */
export const TABLE_REGION = G;
