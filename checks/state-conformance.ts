// state_conformance: after a sequence of shares and cancels, the read-back agrees with the documented model.

import { finding, type Finding } from './finding.ts';

/** What a model-based step expected to read back, and what the observer returned. */
export interface StateObservation {
  readonly operation: string;
  readonly rule: string;
  readonly docs: readonly string[];
  /** e.g. `lhbp-abcdefgh shared with` */
  readonly subject: string;
  readonly expected: readonly string[];
  readonly observed: readonly string[];
}

/** Compares expected and observed sets (order-free) and names what is missing or extra. */
export function stateConformance(o: StateObservation): Finding[] {
  const observed = new Set(o.observed);
  const expected = new Set(o.expected);
  const missing = [...expected].filter((x) => !observed.has(x)).sort();
  const extra = [...observed].filter((x) => !expected.has(x)).sort();
  if (missing.length === 0 && extra.length === 0) return [];
  const parts = [
    missing.length > 0 ? `missing ${missing.join(', ')}` : '',
    extra.length > 0 ? `unexpected ${extra.join(', ')}` : '',
  ].filter(Boolean);
  return [finding({
    check: 'state_conformance', severity: 'critical', operation: o.operation, rule: o.rule, docs: o.docs,
    title: `Read-back disagrees with the documented state (${o.rule})`,
    detail: `${o.subject}: expected [${[...expected].sort().join(', ')}], observed [${[...observed].sort().join(', ')}]: ${parts.join('; ')}.`,
  })];
}
