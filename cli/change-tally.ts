// The run's share changes: how many it made and undid, and which it left changed (each saying what to check).

import type { ResultsModel } from '../reports/results-model.ts';

/** Sums the cases' change records. */
export function changeTally(model: ResultsModel): { undone: number; left: string[] } {
  let undone = 0;
  const left: string[] = [];
  for (const c of model.cases) {
    undone += c.changes?.undone ?? 0;
    for (const l of c.changes?.left ?? []) left.push(`${c.id}: ${l}`);
  }
  return { undone, left };
}
