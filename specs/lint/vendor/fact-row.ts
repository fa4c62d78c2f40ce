// One fact of the reconciliation: the vendor's value and the spec's for one action × field/code × aspect.

/** `agree`: same value; `decision`: differs, and the spec records why (cited); `differs`: differs silently. */
export type FactStatus = 'agree' | 'decision' | 'differs';

/** One row of the reconciliation table. */
export interface FactRow {
  /** `<product>.<Action> <part> <path> <aspect>`, e.g. `lighthouse.DescribeBlueprints response BlueprintSet[].ImageId nullable`. */
  readonly key: string;
  readonly operation: string;
  readonly vendor: string;
  readonly spec: string;
  /** Vendor sources of the fact, each `repo@commit:path` (or package@version). */
  readonly sources: readonly string[];
  readonly status: FactStatus;
  /** For a decision: its id and the spec's citation (doc ids). */
  readonly decision?: { readonly id: string; readonly docs: readonly string[] };
}

/** A value as the table shows it: lists joined, absent as `-`. */
export function show(value: unknown): string {
  if (value === undefined || value === null) return '-';
  if (Array.isArray(value)) return value.length === 0 ? '[]' : value.map(String).join('|');
  return String(value);
}
