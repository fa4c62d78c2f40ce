// Per-operation latency (p50, p95) from every exchange's latency the cases kept.

import type { CaseResult, Latency } from './results-model.ts';
import { percentile } from '../core/percentile.ts';

/** Latency rows sorted by operation; operations without any timed exchange are left out (so no list is empty). */
export function latencyOf(cases: readonly CaseResult[]): Latency[] {
  const byOp = new Map<string, number[]>();
  for (const c of cases) {
    if (c.latenciesMs.length === 0) continue;
    const list = byOp.get(c.operation) ?? [];
    for (const ms of c.latenciesMs) list.push(ms);
    byOp.set(c.operation, list);
  }
  return [...byOp.entries()].sort(([a], [b]) => a.localeCompare(b))
    .map(([operation, l]) => ({ operation, count: l.length, p50: round(percentile(l, 50)), p95: round(percentile(l, 95)) }));
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
