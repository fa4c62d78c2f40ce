// The documented error-code coverage matrix: every documented code of every judged action, which cases are
// built to provoke it, how often and on which target it was observed; plus observed codes nobody documented (drift).

import type { CaseResult } from './results-model.ts';
import { observedOperation } from './observed-operation.ts';

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
  /** Documented for the action or as a common code; false is drift worth a look. */
  readonly documented: boolean;
  /** Cases built to provoke the code (their rule names it), at most MAX_EXERCISED ids. */
  readonly exercisedBy: readonly string[];
  /** How many cases are built to provoke it (exercisedBy may be cut short). Optional: absent in older files. */
  readonly exercisedCount?: number;
  /** How many judged exchanges answered with it. */
  readonly observed: number;
  /** Target label → how many exchanges on that target answered with it. Optional: absent in older files. */
  readonly observedOn?: Readonly<Record<string, number>>;
}

const MAX_EXERCISED = 20;

/** Rows for the operations that have cases, documented codes first, then undocumented observed ones. */
export function errorCodeCoverage(cases: readonly CaseResult[], operations: readonly CoverageOperation[], common: Readonly<Record<string, string>>): CoverageRow[] {
  const byOp = new Map<string, CaseResult[]>();
  for (const c of cases) {
    const list = byOp.get(c.operation);
    if (list === undefined) byOp.set(c.operation, [c]);
    else list.push(c);
  }
  const observedByOp = observedCodes(cases);
  const rows: CoverageRow[] = [];
  for (const op of operations) {
    const observed = observedByOp.get(op.key) ?? new Map<string, Record<string, number>>();
    const mine = byOp.get(op.key) ?? [];
    if (mine.length === 0 && observed.size === 0) continue;
    for (const code of Object.keys(op.errorCodes).sort()) {
      const rules = new Set(op.rules.filter((r) => r.codes.includes(code)).map((r) => r.id));
      const exercisedBy = [...new Set(mine.filter((c) => c.rule !== undefined && rules.has(c.rule)).map((c) => c.id))];
      rows.push({ operation: op.key, code, documented: true, exercisedBy: exercisedBy.slice(0, MAX_EXERCISED), exercisedCount: exercisedBy.length,
        observed: sum(observed.get(code)), observedOn: observed.get(code) ?? {} });
    }
    for (const [code, on] of [...observed.entries()].sort(([a], [b]) => a.localeCompare(b))) {
      if (Object.hasOwn(op.errorCodes, code)) continue;
      rows.push({ operation: op.key, code, documented: Object.hasOwn(common, code), exercisedBy: [], exercisedCount: 0, observed: sum(on), observedOn: on });
    }
  }
  return rows;
}

// Operation → code → target → count. An observation belongs to the operation its exchange was sent to (a model
// case also sends cancels and reads).
function observedCodes(cases: readonly CaseResult[]): Map<string, Map<string, Record<string, number>>> {
  const out = new Map<string, Map<string, Record<string, number>>>();
  for (const c of cases) {
    for (const o of c.observed) {
      if (o.code === undefined) continue;
      const key = observedOperation(c, o);
      const codes = out.get(key) ?? new Map<string, Record<string, number>>();
      const on = codes.get(o.code) ?? {};
      // Older files have no count: one observation each.
      on[c.target] = (on[c.target] ?? 0) + (o.count ?? 1);
      codes.set(o.code, on);
      out.set(key, codes);
    }
  }
  return out;
}

function sum(on: Readonly<Record<string, number>> | undefined): number {
  return Object.values(on ?? {}).reduce((a, b) => a + b, 0);
}
