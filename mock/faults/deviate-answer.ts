// The deviations that rewrite an answer (pure): the mock says something the docs do not allow, on purpose.
import type { Params } from '../../core/types.ts';
import type { IdSource } from '../rules/clock.ts';
import { failure, success, type Answer } from '../rules/outcome.ts';

/** The code `undocumented-error-code` answers with: a plausible name no doc lists. */
export const UNDOCUMENTED_CODE = 'FailedOperation.MockUndocumentedCode';

/** `undocumented-error-code`: the same error under a code no doc lists. */
export function undocumentedCode(answer: Answer): Answer {
  return answer.ok ? answer : failure(UNDOCUMENTED_CODE, answer.message);
}

/** `error-instead-of-success`: the first documented code of the action (FailedOperation when it documents none). */
export function errorInsteadOfSuccess(documented: readonly string[]): Answer {
  const code = [...documented].sort()[0] ?? 'FailedOperation';
  return failure(code, 'the operation failed (deviation error-instead-of-success)');
}

/** `success-instead-of-error`: the success an action answers when nothing is found or changed. */
export function successInsteadOfError(key: string, params: Params, ids: IdSource): Answer {
  switch (key) {
    case 'lighthouse.ModifyImageSharePermission':
      return success({ BlueprintId: params['Permission'] === 'CANCEL' ? null : `lhbp-${ids.blueprintSuffix()}` });
    case 'lighthouse.DescribeBlueprintsShareAcrossAccountInfos':
      return success({ BlueprintShareAcrossAccountInfoSet: [], TotalCount: 0 });
    case 'lighthouse.DescribeBlueprints':
      return success({ TotalCount: 0, BlueprintSet: [] });
    case 'cvm.DescribeImageSharePermission':
      return success({ SharePermissionSet: [] });
    case 'cvm.DescribeImages':
      return success({ ImageSet: [], TotalCount: 0 });
    default:
      return success();
  }
}

/**
 * `wrong-field-type`: one success field changes JSON type (TotalCount or BlueprintId first, else the first field);
 * an answer with no field but RequestId gets a numeric RequestId.
 */
export function wrongFieldType(answer: Answer): Answer {
  if (!answer.ok) return answer;
  const names = Object.keys(answer.fields);
  const name = ['TotalCount', 'BlueprintId'].find((n) => names.includes(n)) ?? names[0];
  if (name === undefined) return success({ RequestId: 20240324 });
  return success({ ...answer.fields, [name]: retyped(answer.fields[name]) });
}

function retyped(value: unknown): unknown {
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string' || value === null) return 12345678;
  if (typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return JSON.stringify(value);
  return [value];
}

/** `total-count-off-by-one`: TotalCount counts one item more than the set holds (e.g. counted before filtering). */
export function totalCountOffByOne(answer: Answer): Answer {
  if (!answer.ok || typeof answer.fields['TotalCount'] !== 'number') return answer;
  return success({ ...answer.fields, TotalCount: answer.fields['TotalCount'] + 1 });
}

/** `lookup-disagrees-with-listing`: a DescribeBlueprints lookup by BlueprintIds reports BlueprintShared negated (a stale
 * copy), while the listing and the share list tell the truth. */
export function staleLookup(answer: Answer, params: Params | undefined): Answer {
  if (!answer.ok || !Array.isArray(params?.['BlueprintIds']) || !Array.isArray(answer.fields['BlueprintSet'])) return answer;
  const set = (answer.fields['BlueprintSet'] as Record<string, unknown>[]).map((b) => (typeof b['BlueprintShared'] === 'boolean' ? { ...b, BlueprintShared: !b['BlueprintShared'] } : b));
  return success({ ...answer.fields, BlueprintSet: set });
}
