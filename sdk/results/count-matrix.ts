// Counts of judged checks by action, by calling style, and by both (pure): what the summary and the JSON show.

import type { CaseStatus } from '../../reports/results-model.ts';
import type { SdkCaseResult } from './case-result.ts';

/** Results of one cell: how many ended each way. */
export type Tally = Record<CaseStatus, number> & { total: number };

/** A fresh, empty tally. */
export function emptyTally(): Tally {
  return { passed: 0, failed: 0, skipped: 0, errored: 0, total: 0 };
}

/** `rows[row][column]` tallies of `records`, keyed by the two functions. */
export function countMatrix(records: readonly SdkCaseResult[], row: (r: SdkCaseResult) => string, column: (r: SdkCaseResult) => string): Record<string, Record<string, Tally>> {
  const out: Record<string, Record<string, Tally>> = {};
  for (const r of records) {
    const cells = (out[row(r)] ??= {});
    const cell = (cells[column(r)] ??= emptyTally());
    cell[r.status] += 1;
    cell.total += 1;
  }
  return out;
}

/** Totals over every record. */
export function totals(records: readonly SdkCaseResult[]): Tally {
  const t = emptyTally();
  for (const r of records) {
    t[r.status] += 1;
    t.total += 1;
  }
  return t;
}
