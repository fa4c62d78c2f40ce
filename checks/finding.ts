// A finding: one way a target's behaviour departs from the documented contract. Findings are values.

/** The SDK release gate's check names (sdk/): they judge the vendor SDK, not an API target. */
export const sdkCheckNames = [
  'sdk_action_presence',
  'sdk_wire_conformance',
  'sdk_value_conformance',
  'sdk_error_mapping',
  'sdk_robustness',
  'sdk_model_conformance',
] as const;

/** The check catalogue's names (Schemathesis's names where one fits), then the SDK gate's; users type these. */
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
  ...sdkCheckNames,
] as const;

/** One of the check names above. */
export type CheckName = (typeof checkNames)[number];

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
