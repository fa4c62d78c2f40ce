// Drift: one change in observed behaviour between a baseline run and this one. Values, like findings.

import type { ResultsModel } from './results-model.ts';

/** What changed. */
export type DriftKind =
  | 'new-case'
  | 'missing-case'
  | 'status-changed'
  | 'outcome-changed'
  | 'code-changed'
  | 'shape-changed'
  | 'new-undocumented-code'
  | 'new-unknown-field'
  | 'latency-regression';

/** Every kind, in display order. */
export const driftKinds: readonly DriftKind[] = ['new-undocumented-code', 'code-changed', 'outcome-changed', 'shape-changed',
  'status-changed', 'new-unknown-field', 'latency-regression', 'new-case', 'missing-case'];

/** Kinds that only say the suite or its selection changed, that are noisy by nature, or that the vendor does without
 * a version bump (a response field the spec does not know): shown, never gating. */
const INFORMATIONAL: ReadonlySet<DriftKind> = new Set(['new-case', 'missing-case', 'latency-regression', 'new-unknown-field']);

/** One change since the baseline. */
export interface Drift {
  readonly kind: DriftKind;
  /** Target label of the case (merged reports compare per target). */
  readonly target: string;
  readonly operation: string;
  /** The case, for case-level kinds. */
  readonly caseId?: string;
  /** What the baseline observed, in words. */
  readonly before: string;
  /** What this run observed, in words. */
  readonly after: string;
  /** One line: the change itself (e.g. the fields whose type changed). */
  readonly detail: string;
  /** True when `--fail-on drift` fails on it. */
  readonly gating: boolean;
}

/** Builds a drift entry; whether it gates follows from its kind unless the caller knows better. */
export function drift(d: Omit<Drift, 'gating'>, gating = !INFORMATIONAL.has(d.kind)): Drift {
  return { ...d, gating };
}

/** The drift entries `--fail-on drift` fails on (none when the model has no baseline). */
export function gatingDrift(model: ResultsModel): readonly Drift[] {
  return (model.drift ?? []).filter((d) => d.gating);
}
