// Requests per second of one action, from the arrival times the mock's journal recorded: how much of the
// documented per-second limit a paced client uses, and the busiest one-second window it ever produced.
import { median } from '../core/percentile.ts';

/** What the arrival times say about pacing under `limitPerSecond`. */
export interface PacingStats {
  readonly requests: number;
  /** Steady seconds: one-second bins (from the first arrival) inside stretches of sending (see steadySeconds). */
  readonly busySeconds: number;
  /** Median requests in a steady second. */
  readonly medianPerSecond: number;
  /** medianPerSecond / limitPerSecond. */
  readonly fraction: number;
  /** The most requests inside any sliding one-second window (the mock's own rule). */
  readonly peakWindow: number;
}

/** Requests per one-second bin, bin 0 starting at `startMs` (default: the earliest time; times in ms, any order). */
export function perSecondCounts(timesMs: readonly number[], startMs?: number): number[] {
  if (timesMs.length === 0) return [];
  const start = startMs ?? Math.min(...timesMs);
  const counts: number[] = [];
  for (const t of timesMs) {
    const bin = Math.floor((t - start) / 1000);
    while (counts.length <= bin) counts.push(0);
    counts[bin] = (counts[bin] ?? 0) + 1;
  }
  return counts;
}

/** The largest number of times inside any window [t, t + windowMs). */
export function peakWindow(timesMs: readonly number[], windowMs = 1000): number {
  const sorted = [...timesMs].sort((a, b) => a - b);
  let best = 0;
  let lo = 0;
  for (let hi = 0; hi < sorted.length; hi++) {
    while ((sorted[hi] ?? 0) - (sorted[lo] ?? 0) >= windowMs) lo++;
    best = Math.max(best, hi - lo + 1);
  }
  return best;
}

/**
 * The steady seconds: inside every stretch of at least three consecutive seconds with requests, all but its first
 * and last second (those are cut by the stretch's start and end, not by the pacer).
 */
export function steadySeconds(counts: readonly number[]): number[] {
  const out: number[] = [];
  let start = 0;
  for (let i = 0; i <= counts.length; i++) {
    if (i < counts.length && (counts[i] ?? 0) > 0) continue;
    if (i - start >= 3) out.push(...counts.slice(start + 1, i - 1));
    start = i + 1;
  }
  return out;
}

/** Pacing statistics of one action's arrival times. */
export function pacingStats(timesMs: readonly number[], limitPerSecond: number): PacingStats {
  const steady = steadySeconds(perSecondCounts(timesMs));
  const med = steady.length > 0 ? median(steady) : Number.NaN;
  return { requests: timesMs.length, busySeconds: steady.length, medianPerSecond: med, fraction: med / limitPerSecond, peakWindow: peakWindow(timesMs) };
}
