// The documented error-code coverage matrix: every documented code of every judged action, which cases are
// built to provoke it, how often it was observed; plus observed codes nobody documented (drift).

import type { CaseResult } from './results-model.ts';

/** The slice of the operations table coverage needs. */
export interface CoverageOperation {
  readonly key: string;
  readonly errorCodes: Readonly<Record<string, string>>;
  readonly rules: readonly { readonly id: string; readonly codes: readonly string[] }[];
}

/** One row of the matrix. */
export interface CoverageRow {
  readonly operation: string;
  readonly code: string;
  readonly documented: boolean;
  readonly exercisedBy: readonly string[];
  readonly observed: number;
}

/** Rows for the operations that have cases, documented codes first, then undocumented observed ones. */
export function errorCodeCoverage(cases: readonly CaseResult[], operations: readonly CoverageOperation[], common: Readonly<Record<string, string>>): CoverageRow[] {
  const rows: CoverageRow[] = [];
  for (const op of operations) {
    const mine = cases.filter((c) => c.operation === op.key);
    if (mine.length === 0) continue;
    const observed = new Map<string, number>();
    for (const c of mine) for (const o of c.observed) if (o.code !== undefined) observed.set(o.code, (observed.get(o.code) ?? 0) + 1);
    for (const code of Object.keys(op.errorCodes).sort()) {
      const rules = op.rules.filter((r) => r.codes.includes(code)).map((r) => r.id);
      const exercisedBy = mine.filter((c) => c.rule !== undefined && rules.includes(c.rule)).map((c) => c.id);
      rows.push({ operation: op.key, code, documented: true, exercisedBy: [...new Set(exercisedBy)], observed: observed.get(code) ?? 0 });
    }
    for (const [code, n] of [...observed.entries()].sort()) {
      if (Object.hasOwn(op.errorCodes, code)) continue;
      rows.push({ operation: op.key, code, documented: Object.hasOwn(common, code), exercisedBy: [], observed: n });
    }
  }
  return rows;
}
