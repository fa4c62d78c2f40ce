// A finding of the SDK gate: the same shape as checks/finding.ts's Finding, under the SDK gate's own check names.

import { sdkCheckNames, type Severity } from '../checks/finding.ts';

export { sdkCheckNames };

/** One of the SDK gate's check names. */
export type SdkCheckName = (typeof sdkCheckNames)[number];

/** One way the SDK departs from the documented contract (or from what the server answered). */
export interface SdkFinding {
  readonly check: SdkCheckName;
  readonly severity: Severity;
  /** Operation key, e.g. `lighthouse.ShareBlueprintAcrossAccounts`. */
  readonly operation: string;
  readonly title: string;
  readonly detail: string;
  readonly rule?: string;
  readonly docs: readonly string[];
  readonly dedupKey: string;
}

/** Builds a finding, deriving its de-duplication key from check, operation and title. */
export function sdkFinding(f: Omit<SdkFinding, 'dedupKey' | 'docs'> & { readonly dedupKey?: string; readonly docs?: readonly string[] }): SdkFinding {
  return { ...f, docs: f.docs ?? ['node-sdk'], dedupKey: f.dedupKey ?? `${f.check}|${f.operation}|${f.title}` };
}
