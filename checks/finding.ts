// A finding: one way a target's behaviour departs from the documented contract. Findings are values.

/** The check catalogue's names (Schemathesis's names where one fits); users type these. */
export const checkNames = [
  'envelope_conformance',
  'response_schema_conformance',
  'error_code_conformance',
  'negative_data_rejection',
  'positive_data_acceptance',
  'state_conformance',
  'limit_conformance',
  'rate_limit_conformance',
  'auth_conformance',
  'protocol_conformance',
  'request_id_uniqueness',
  'observer_consistency',
  'effect_is_what_it_names',
  'refusal_changes_nothing',
] as const;

/** Check names other judges add, each by augmenting this interface with its names as keys (the SDK gate's `sdk_*`:
 * sdk/sdk-finding.ts). The catalogue knows none of them, yet a finding's check stays a name some judge declared. */
export interface MoreCheckNames {}

/** The name of the check behind a finding: one of the catalogue's, or one another judge added. */
export type CheckName = (typeof checkNames)[number] | keyof MoreCheckNames;

/** How much a finding matters: critical breaks clients, major breaks the contract, minor is a nuance. */
export type Severity = 'critical' | 'major' | 'minor';

/** One departure from the documented contract, with what it rests on. */
export interface Finding {
  readonly check: CheckName;
  readonly severity: Severity;
  /** Operation key, e.g. `lighthouse.ShareBlueprintAcrossAccounts`. */
  readonly operation: string;
  /** One line: what is wrong. */
  readonly title: string;
  /** What was expected and what was observed, in words. */
  readonly detail: string;
  /** The spec rule id the expectation comes from, when there is one. */
  readonly rule?: string;
  /** Doc source ids (specs/common.yaml x-tc-doc-sources) the expectation rests on. */
  readonly docs: readonly string[];
  /** Stable key: the same departure found twice is reported once. */
  readonly dedupKey: string;
}

/** Builds a finding, deriving its de-duplication key from check, operation and title. */
export function finding(f: Omit<Finding, 'dedupKey'> & { readonly dedupKey?: string }): Finding {
  return { ...f, dedupKey: f.dedupKey ?? `${f.check}|${f.operation}|${f.title}` };
}
