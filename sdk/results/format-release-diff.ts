// The release-against-release part of the terminal summary (pure): every regression, then every improvement.

import type { ReleaseChange, ReleaseDiff } from './release-diff.ts';

/** Lines describing `diff`. */
export function formatReleaseDiff(diff: ReleaseDiff): string[] {
  const head = `Against the baseline tencentcloud-sdk-nodejs ${diff.baseline.version} (${diff.baseline.source}): `
    + `${diff.regressions.length} regression(s), ${diff.improvements.length} improvement(s)`;
  const line = (tag: string, c: ReleaseChange) => `  ${tag} ${c.operation} ${c.check} (${c.styles.join(', ')}): ${c.title}`
    + `${tag === 'WORSE ' && !c.gating ? ' (timing only: not gating)' : ''}\n      before: ${c.before}; now: ${c.after}`;
  return [head, ...diff.regressions.map((c) => line('WORSE ', c)), ...diff.improvements.map((c) => line('BETTER', c))];
}
