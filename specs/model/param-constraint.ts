// The kinds of documented request constraint a generated violation breaks (one kind per violation).

/** What a request can break; each kind maps to a default set of error codes in common.yaml. */
export type ConstraintKind =
  | 'missing-required'
  | 'wrong-type'
  | 'over-limit'
  | 'malformed-id'
  | 'not-in-enum'
  | 'unknown-parameter'
  | 'unsupported-region';

/** Every constraint kind, in the order generated tables list them. */
export const CONSTRAINT_KINDS: readonly ConstraintKind[] = [
  'missing-required',
  'wrong-type',
  'over-limit',
  'malformed-id',
  'not-in-enum',
  'unknown-parameter',
  'unsupported-region',
];

/**
 * One documented constraint on a request. `param` is a path: `AccountIds`, `AccountIds[]` (each item),
 * `Filters[].Name` (a field of each item), `*` or `Filters[].*` (names not defined there), or `Region`.
 */
export interface ParamConstraint {
  readonly kind: ConstraintKind;
  readonly param: string;
  readonly codes: readonly string[];
  readonly detail: string;
  /** `over-limit` only: the documented limit itself (`maxItems`, `maxLength` or `maximum`), for code that needs the
   * number rather than the words of `detail`. */
  readonly bound?: number;
}
