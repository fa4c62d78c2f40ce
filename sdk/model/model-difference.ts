// One field-level difference between an SDK model interface and the type generated from our spec.

import type { ModelPart } from './assertion-source.ts';

/**
 * missing: the spec has the field, the SDK type does not; extra: the reverse; optionality: required on one side
 * only; nullable: `| null` on one side only; enum: both strings, different literal sets; type: different kinds.
 */
export type DifferenceKind = 'missing' | 'extra' | 'optionality' | 'nullable' | 'enum' | 'type';

/** A difference, with whether it fails the gate and why. */
export interface ModelDifference {
  readonly operation: string;
  readonly part: ModelPart;
  /** `AccountIds`, `BlueprintSet[].BlueprintId`, … */
  readonly path: string;
  readonly kind: DifferenceKind;
  /** The spec's side in words (`required string | null`), or `absent`. */
  readonly spec: string;
  readonly sdk: string;
  readonly gating: boolean;
  readonly reason: string;
}
