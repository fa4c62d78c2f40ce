// The report's doc-conflicts section: the spec's recorded conflicts (x-tc-doc-conflicts) that this run's answers
// met. Their own severity: the suite accepted what the vendor's artifacts show, and says where they disagree.

import type { CaseResult } from './results-model.ts';

/** A recorded conflict as the spec states it. */
export interface DocConflictText {
  readonly id: string;
  readonly product: string;
  readonly where: string;
  readonly sources: readonly string[];
  readonly says: string;
}

/** One recorded conflict the run met, with where and how often. */
export interface DocConflictMet extends DocConflictText {
  readonly seen: readonly { readonly operation: string; readonly path: string; readonly shown: string; readonly count: number; readonly targets: readonly string[] }[];
}

/** The conflicts of `known` that the cases' observations met, in spec order; unknown ids are listed bare. */
export function docConflictsMet(cases: readonly CaseResult[], known: readonly DocConflictText[]): DocConflictMet[] {
  const byId = new Map<string, Map<string, { operation: string; path: string; shown: string; count: number; targets: Set<string> }>>();
  for (const c of cases) {
    for (const o of c.observed) {
      for (const m of o.docConflicts ?? []) {
        const operation = o.operation ?? c.operation;
        const at = byId.get(m.id) ?? new Map();
        byId.set(m.id, at);
        const key = `${operation}|${m.path}|${m.shown}`;
        const row = at.get(key) ?? { operation, path: m.path, shown: m.shown, count: 0, targets: new Set<string>() };
        row.count += o.count;
        row.targets.add(c.target);
        at.set(key, row);
      }
    }
  }
  const order = [...known.map((k) => k.id), ...[...byId.keys()].filter((id) => !known.some((k) => k.id === id)).sort()];
  return order.filter((id) => byId.has(id)).map((id) => {
    const text = known.find((k) => k.id === id) ?? { id, product: '', where: '', sources: [], says: '(not in this build\'s specs)' };
    const seen = [...(byId.get(id)?.values() ?? [])].sort((a, b) => a.operation.localeCompare(b.operation) || a.path.localeCompare(b.path))
      .map((r) => ({ operation: r.operation, path: r.path, shown: r.shown, count: r.count, targets: [...r.targets].sort() }));
    return { ...text, seen };
  });
}
