// Percentiles by the nearest-rank method: the smallest value with at least p% of the values at or below it. One
// definition for the report's latency and the benchmarks' figures.

/** The p-th percentile (0 < p ≤ 100) of `values`; NaN when there are none. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  if (!(p > 0 && p <= 100)) throw new RangeError(`percentile must be in (0, 100], got ${p}`);
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1] ?? Number.NaN;
}

/** The median (50th percentile, nearest rank). */
export function median(values: readonly number[]): number {
  return percentile(values, 50);
}
