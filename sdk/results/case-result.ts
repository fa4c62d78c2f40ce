// What the gate records per judged check of a call: a CaseResult of the results model (reports/results-model.ts)
// with the SDK gate's check names, plus the calling style, so the HTML report and JUnit can show it as is.

import type { CaseResult, CaseStatus } from '../../reports/results-model.ts';
import type { SdkCheckName, SdkFinding } from '../sdk-finding.ts';

/** One judged check of one call (or of one model comparison): a CaseResult under an sdk_* check, with its style. */
export type SdkCaseResult = CaseResult & {
  readonly check: SdkCheckName;
  readonly findings: readonly SdkFinding[];
  /** Calling style id, or `types` for model conformance. */
  readonly style: string;
};

/** passed without findings; failed with; errored when `fault` says the result is inconclusive. */
export function statusOf(findings: readonly SdkFinding[], fault: string | undefined): CaseStatus {
  if (findings.length > 0) return 'failed';
  return fault === undefined ? 'passed' : 'errored';
}
