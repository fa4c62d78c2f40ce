// sdk-results.json (pure): the SDK, the verdict, counts by action and calling style, the model report and every
// judged check as a CaseResult-shaped record (reports/results-model.ts) that the HTML report can show as is.

import type { GateResult } from './gate-result.ts';
import type { SdkCaseResult } from './case-result.ts';
import { countMatrix, totals, type Tally } from './count-matrix.ts';
import { verdictOf, type Verdict } from './gate-verdict.ts';
import type { ReleaseDiff } from './release-diff.ts';

/** Bumped on any incompatible change of the file. */
export const SDK_RESULTS_VERSION = 1;

/** The file's content. */
export interface SdkResultsFile {
  readonly schemaVersion: typeof SDK_RESULTS_VERSION;
  readonly sdk: GateResult['sdk'];
  readonly target: string;
  readonly startedAt: string;
  readonly durationMs: number;
  readonly region: string | null;
  readonly verdict: Verdict;
  readonly totals: Tally;
  readonly counts: {
    /** operation → check → tally */
    readonly byAction: Record<string, Record<string, Tally>>;
    /** calling style → check → tally */
    readonly byStyle: Record<string, Record<string, Tally>>;
    /** operation → calling style → tally */
    readonly byActionAndStyle: Record<string, Record<string, Tally>>;
  };
  readonly styles: GateResult['styles'];
  readonly model: GateResult['model'] | null;
  readonly missing: readonly string[];
  /** The contract's actions the release does not have (absent in files of older gates: read as none). */
  readonly absent: GateResult['absent'];
  readonly cases: readonly SdkCaseResult[];
  /** What got worse and better since the baseline release (only when the run was given one). */
  readonly releaseDiff?: ReleaseDiff;
}

/** The file for a gate result. */
export function sdkResultsFile(result: GateResult): SdkResultsFile {
  const records = result.records;
  const t = totals(records);
  return {
    schemaVersion: SDK_RESULTS_VERSION, sdk: result.sdk, target: result.target, startedAt: result.startedAt, durationMs: result.durationMs, region: result.region ?? null,
    verdict: verdictOf(t), totals: t,
    counts: {
      byAction: countMatrix(records, (r) => r.operation, (r) => r.check),
      byStyle: countMatrix(records, (r) => r.style, (r) => r.check),
      byActionAndStyle: countMatrix(records, (r) => r.operation, (r) => r.style),
    },
    styles: result.styles, model: result.model ?? null, missing: result.missing, absent: result.absent, cases: records,
  };
}
