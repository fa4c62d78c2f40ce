// Response fields the spec does not know, as this run's answers showed them: drift to report (informational),
// never a failure. The vendor adds fields without a version bump.

import type { CaseResult } from './results-model.ts';

/** One unknown field of one operation, how often and on which targets it was answered. */
export interface UnknownFieldSeen {
  readonly operation: string;
  readonly path: string;
  readonly count: number;
  readonly targets: readonly string[];
}

/** Every unknown field the cases observed, by operation then path. */
export function unknownFieldsSeen(cases: readonly CaseResult[]): UnknownFieldSeen[] {
  const rows = new Map<string, { operation: string; path: string; count: number; targets: Set<string> }>();
  for (const c of cases) {
    for (const o of c.observed) {
      for (const path of o.unknownFields ?? []) {
        const operation = o.operation ?? c.operation;
        const key = `${operation}|${path}`;
        const row = rows.get(key) ?? { operation, path, count: 0, targets: new Set<string>() };
        row.count += o.count;
        row.targets.add(c.target);
        rows.set(key, row);
      }
    }
  }
  return [...rows.values()].sort((a, b) => a.operation.localeCompare(b.operation) || a.path.localeCompare(b.path))
    .map((r) => ({ operation: r.operation, path: r.path, count: r.count, targets: [...r.targets].sort() }));
}
