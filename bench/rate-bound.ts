// The physical lower bound of a paced run: each action's (and region's) bucket drains at its allowed rate, so no
// schedule can finish before the busiest bucket's requests ÷ its allowed rate.

import { budgetOf } from '../core/pacer.ts';

/** One journal line as the bound needs it. */
export interface BucketEntry {
  readonly operation?: string;
}

/** One bucket's load. */
export interface BucketLoad {
  readonly operation: string;
  readonly requests: number;
  readonly allowedPerSecond: number;
  readonly seconds: number;
}

/** The bound and the buckets it rests on, busiest first. */
export interface RateBound {
  readonly seconds: number;
  readonly busiest: string;
  readonly buckets: readonly BucketLoad[];
}

/** The busiest bucket's requests ÷ `share` of its documented limit; entries without a known operation are left out. */
export function rateBound(entries: readonly BucketEntry[], limits: ReadonlyMap<string, number>, share: number): RateBound {
  const counts = new Map<string, number>();
  for (const e of entries) {
    if (e.operation === undefined || !limits.has(e.operation)) continue;
    counts.set(e.operation, (counts.get(e.operation) ?? 0) + 1);
  }
  const buckets = [...counts].map(([operation, requests]) => {
    const allowedPerSecond = budgetOf(limits.get(operation) ?? 1, share);
    return { operation, requests, allowedPerSecond, seconds: requests / allowedPerSecond };
  }).sort((a, b) => b.seconds - a.seconds);
  const top = buckets[0];
  return { seconds: top?.seconds ?? 0, busiest: top === undefined ? '(none)' : `${top.operation}: ${top.requests} requests at ${top.allowedPerSecond}/s`, buckets };
}
