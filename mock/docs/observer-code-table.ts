// The documented business error codes of the four observers: the requests (default world, ap-guangzhou) that make
// the mock answer each, and the codes no request can cause here, with why. mock/README.md shows both;
// error-code-table.test.ts sends every row and checks that rows and exceptions together cover every code.
import { ACCOUNTS, blueprintIdOf, imageIdOf } from '../world/default-ids.ts';
import type { CodeRow } from './error-code-table.ts';

/** A row; `jsonOnly` when a GET query or form cannot carry the breach (its strings coerce to the right type). */
export type ObserverRow = CodeRow & { readonly jsonOnly?: true };

const G = 'ap-guangzhou';
const BP = 'lighthouse.DescribeBlueprints';
const SI = 'lighthouse.DescribeBlueprintsShareAcrossAccountInfos';
const DSP = 'cvm.DescribeImageSharePermission';
const DI = 'cvm.DescribeImages';
const main = blueprintIdOf(G, 'main');
const many = (n: number, prefix: string) => Array.from({ length: n }, (_, i) => `${prefix}${i}`);

/** Every observer row, grouped by operation. */
export const OBSERVER_CODE_TABLE: readonly ObserverRow[] = [
  { operation: BP, code: 'InvalidParameter.FilterValueLimitExceeded', state: 'a filter with 101 values (at most 100)', params: { Filters: [{ Name: 'blueprint-name', Values: many(101, 'n') }] } },
  { operation: BP, code: 'InvalidParameter.InvalidFilter', state: 'a filter whose Values is not a list (JSON)', params: { Filters: [{ Name: 'blueprint-name', Values: 'n' }] }, jsonOnly: true },
  { operation: BP, code: 'InvalidParameter.InvalidFilterInvalidNameNotStr', state: 'a filter whose Name is not a string (JSON)', params: { Filters: [{ Name: 5, Values: ['n'] }] }, jsonOnly: true },
  { operation: BP, code: 'InvalidParameter.InvalidFilterNotDict', state: 'a filter that is not an object (JSON)', params: { Filters: ['blueprint-name'] }, jsonOnly: true },
  { operation: BP, code: 'InvalidParameter.InvalidFilterNotSupportedName', state: 'an undocumented filter name', params: { Filters: [{ Name: 'no-such-filter', Values: ['x'] }] } },
  { operation: BP, code: 'InvalidParameter.ParameterConflict', state: 'BlueprintIds and Filters together', params: { BlueprintIds: [main], Filters: [{ Name: 'blueprint-type', Values: ['PRIVATE'] }] } },
  { operation: BP, code: 'InvalidParameterValue.BlueprintIdMalformed', state: 'a BlueprintIds entry breaks the `lhbp-` pattern', params: { BlueprintIds: ['lhbp-BAD'] } },
  { operation: BP, code: 'InvalidParameterValue.InvalidBlueprintPlatformType', state: 'a platform-type value outside LINUX_UNIX, WINDOWS', params: { Filters: [{ Name: 'platform-type', Values: ['BEOS'] }] } },
  { operation: BP, code: 'InvalidParameterValue.InvalidBlueprintState', state: 'a blueprint-state value outside the documented states', params: { Filters: [{ Name: 'blueprint-state', Values: ['MELTING'] }] } },
  { operation: BP, code: 'InvalidParameterValue.InvalidBlueprintType', state: 'a blueprint-type value outside the documented types', params: { Filters: [{ Name: 'blueprint-type', Values: ['NOVEL_OS'] }] } },
  { operation: BP, code: 'InvalidParameterValue.LimitExceeded', state: '101 BlueprintIds (at most 100)', params: { BlueprintIds: Array.from({ length: 101 }, (_, i) => `lhbp-${String(i).padStart(8, '0')}`) } },
  { operation: BP, code: 'InvalidParameterValue.Negative', state: 'Offset -1', params: { Offset: -1 } },
  { operation: BP, code: 'InvalidParameterValue.OutOfRange', state: 'Limit 101 (at most 100)', params: { Limit: 101 } },
  { operation: BP, code: 'ResourceNotFound.SceneIdNotFound', state: 'a scene-id filter (the world has no scenes)', params: { Filters: [{ Name: 'scene-id', Values: ['lhsc-00000000'] }] } },
  { operation: BP, code: 'UnauthorizedOperation.TokenInvalid', state: 'vendor-side: the temporary credential has `productRejectsToken`', params: {}, as: 'callerRejectedToken' },
  { operation: SI, code: 'InvalidParameterValue.BlueprintIdMalformed', state: 'a BlueprintIds entry breaks the `lhbp-` pattern', params: { BlueprintIds: ['lhbp-BAD'] } },
  { operation: SI, code: 'InvalidParameterValue.Negative', state: 'Offset -1', params: { BlueprintIds: [main], Offset: -1 } },
  { operation: SI, code: 'InvalidParameterValue.OutOfRange', state: 'Limit 101 (at most 100)', params: { BlueprintIds: [main], Limit: 101 } },
  { operation: SI, code: 'UnauthorizedOperation.TokenInvalid', state: 'vendor-side: the temporary credential has `productRejectsToken`', params: { BlueprintIds: [main] }, as: 'callerRejectedToken' },
  { operation: DSP, code: 'InvalidImageId.Malformed', state: 'ImageId breaks the `img-` pattern', params: { ImageId: 'img-BAD' } },
  { operation: DSP, code: 'InvalidImageId.NotFound', state: 'no image has the ID', params: { ImageId: 'img-zzzzzzzz' } },
  { operation: DSP, code: 'UnauthorizedOperation.ImageNotBelongToAccount', state: 'the image belongs to another account', params: { ImageId: imageIdOf(G, 'foreign') } },
  { operation: DI, code: 'InvalidFilter', state: 'an undocumented filter name', params: { Filters: [{ Name: 'no-such-filter', Values: ['x'] }] } },
  { operation: DI, code: 'InvalidFilterValue.LimitExceeded', state: 'a filter with 6 values (at most 5)', params: { Filters: [{ Name: 'image-name', Values: many(6, 'n') }] } },
  { operation: DI, code: 'InvalidImageId.Malformed', state: 'an ImageIds entry breaks the `img-` pattern', params: { ImageIds: ['img-BAD'] } },
  { operation: DI, code: 'InvalidParameter.InvalidParameterCoexistImageIdsFilters', state: 'ImageIds and Filters together', params: { ImageIds: [imageIdOf(G, 'main')], Filters: [{ Name: 'image-type', Values: ['PRIVATE_IMAGE'] }] } },
  { operation: DI, code: 'InvalidParameterValue.InvalidParameterValueLimit', state: 'Limit 101 (at most 100)', params: { Limit: 101 } },
  { operation: DI, code: 'InvalidParameterValue.LimitExceeded', state: '11 filters (at most 10)', params: { Filters: many(11, 'n').map((n) => ({ Name: 'image-name', Values: [n] })) } },
  { operation: DI, code: 'UnauthorizedOperation.InvalidToken', state: 'vendor-side: the temporary credential has `productRejectsToken`', params: {}, as: 'callerRejectedToken' },
];

/** Documented observer codes no request to the default world can cause, and why. */
export const OBSERVER_CODES_NOT_PRODUCED: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  [BP]: {
    FailedOperation: 'a vendor-side failure; observers have no resource to plant `failWith` on',
    'FailedOperation.DescribeBlueprintsFailed': 'a vendor-side failure (as above)',
    'InternalError.InvalidCommandNotFound': 'a vendor-side failure (as above)',
    'InvalidParameter.InvalidFilterInvalidKey': 'the mock answers an undocumented name with InvalidFilterNotSupportedName',
    'InvalidParameterValue.Duplicated': 'the docs do not say which lists refuse duplicates; the mock accepts them',
    'InvalidParameterValue.TooLong': 'no documented length limit to break',
    'ResourceNotFound.RoleNotFound': 'observers read no CVM image, so need no service role',
    'UnauthorizedOperation.NoPermission': `the default world's \`denied\` account (${ACCOUNTS.denied}) is denied the mutating actions only; a world account whose \`deniedActions\` names the observer gets it`,
  },
  [SI]: {
    'UnauthorizedOperation.NoPermission': 'as for DescribeBlueprints',
  },
  [DSP]: {
    'InvalidAccountId.NotFound': 'the request names no account',
    'InvalidAccountIs.YourSelf': 'the request names no account',
    'InvalidParameterValue.InvalidAppIdFormat': 'the request names no account',
    OverQuota: 'nothing is shared by a read',
  },
  [DI]: {
    'FailedOperation.IllegalTagKey': 'the emulated images carry no tags; tag filters match nothing',
    'InvalidInstanceType.Malformed': 'InstanceType has no documented form; it is accepted and ignored',
    'InvalidParameterValue.InstanceTypeNotFound': 'InstanceType is accepted and ignored',
    'InvalidParameterValue.InvalidAppIdFormat': 'the request names no account',
    'InvalidParameterValue.TagKeyNotFound': 'the emulated images carry no tags',
    'InvalidParameterValue.ZoneNotSupported': 'the request names no zone',
    'InvalidRegion.NotFound': 'an unsupported region is answered UnsupportedRegion (both are accepted)',
    'InvalidZone.MismatchRegion': 'the request names no zone',
    'ResourcesSoldOut.SpecifiedInstanceType': 'InstanceType is accepted and ignored',
    'UnauthorizedOperation.PermissionDenied': "CAM denial is answered AuthFailure.UnauthorizedOperation for actions without UnauthorizedOperation.NoPermission",
    UnsupportedOperation: 'nothing in a read is unsupported',
  },
};
