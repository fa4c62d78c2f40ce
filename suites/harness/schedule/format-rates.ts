// The achieved request rate per action bucket, for the progress line of a paced run.

import type { BucketStats } from './broker.ts';

/** `ShareBlueprintAcrossAccounts 17.8/s, DescribeImages 8.9/s`: each bucket's grants over the time it was in use. */
export function formatRates(stats: readonly BucketStats[]): string {
  return stats
    .filter((s) => s.granted > 1)
    .map((s) => ({ name: s.key.split('.').pop() ?? s.key, rate: s.granted / Math.max(1, (s.lastMs - s.firstMs) / 1000) }))
    .sort((a, b) => b.rate - a.rate)
    .map((s) => `${s.name} ${s.rate.toFixed(1)}/s`)
    .join(', ');
}
