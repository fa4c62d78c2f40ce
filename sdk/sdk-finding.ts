// A finding of the SDK gate: checks/finding.ts's Finding, under the SDK gate's own check names (declared here and
// added to the check names by augmenting checks/finding.ts's MoreCheckNames).

import type { Finding } from '../checks/finding.ts';

/** The SDK release gate's check names: they judge the vendor SDK, not an API target. */
export const sdkCheckNames = [
  'sdk_action_presence',
  'sdk_wire_conformance',
  'sdk_value_conformance',
  'sdk_error_mapping',
  'sdk_robustness',
  'sdk_model_conformance',
] as const;

/** One of the SDK gate's check names. */
export type SdkCheckName = (typeof sdkCheckNames)[number];

declare module '../checks/finding.ts' {
  /** The SDK gate's names are check names too: its findings and case records carry them. */
  interface MoreCheckNames extends Record<SdkCheckName, true> {}
}

/** One way the SDK departs from the documented contract (or from what the server answered): a Finding under an sdk_* check. */
export type SdkFinding = Finding & { readonly check: SdkCheckName };

/** Builds a finding, deriving its de-duplication key from check, operation and title. */
export function sdkFinding(f: Omit<SdkFinding, 'dedupKey' | 'docs'> & { readonly dedupKey?: string; readonly docs?: readonly string[] }): SdkFinding {
  return { ...f, docs: f.docs ?? ['node-sdk'], dedupKey: f.dedupKey ?? `${f.check}|${f.operation}|${f.title}` };
}
