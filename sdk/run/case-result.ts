// What the gate records per judged check of a call: a CaseResult of the results model (reports/results-model.ts)
// with the SDK gate's check names, plus the calling style, so the HTML report and JUnit can show it as is.

import type { Observed } from '../../checks/run-checks.ts';
import type { RecordedExchange, Safety } from '../../checks/case-record.ts';
import type { CaseStatus } from '../../reports/results-model.ts';
import type { SdkCheckName, SdkFinding } from '../sdk-finding.ts';

/** One judged check of one call (or of one model comparison). */
export interface SdkCaseResult {
  readonly id: string;
  readonly title: string;
  /** Operation key, e.g. `lighthouse.ShareBlueprintAcrossAccounts`. */
  readonly operation: string;
  readonly product: string;
  readonly action: string;
  readonly check: SdkCheckName;
  /** Calling style id, or `types` for model conformance. */
  readonly style: string;
  readonly safety: Safety;
  readonly rule?: string;
  readonly docs: readonly string[];
  readonly findings: readonly SdkFinding[];
  readonly observed: readonly (Observed & { readonly count: number })[];
  readonly exchanges: readonly RecordedExchange[];
  readonly latenciesMs: readonly number[];
  readonly fault?: string;
  readonly skipReason?: string;
  readonly status: CaseStatus;
  readonly message?: string;
  readonly durationMs: number;
  readonly target: string;
}

/** passed without findings; failed with; errored when `fault` says the result is inconclusive. */
export function statusOf(findings: readonly SdkFinding[], fault: string | undefined): CaseStatus {
  if (findings.length > 0) return 'failed';
  return fault === undefined ? 'passed' : 'errored';
}
