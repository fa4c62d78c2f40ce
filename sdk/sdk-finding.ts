// A finding of the SDK gate: checks/finding.ts's Finding, under the SDK gate's own check names.

import { sdkCheckNames, type Finding } from '../checks/finding.ts';

export { sdkCheckNames };

/** One of the SDK gate's check names. */
export type SdkCheckName = (typeof sdkCheckNames)[number];

/** One way the SDK departs from the documented contract (or from what the server answered): a Finding under an sdk_* check. */
export type SdkFinding = Finding & { readonly check: SdkCheckName };

/** Builds a finding, deriving its de-duplication key from check, operation and title. */
export function sdkFinding(f: Omit<SdkFinding, 'dedupKey' | 'docs'> & { readonly dedupKey?: string; readonly docs?: readonly string[] }): SdkFinding {
  return { ...f, docs: f.docs ?? ['node-sdk'], dedupKey: f.dedupKey ?? `${f.check}|${f.operation}|${f.title}` };
}
