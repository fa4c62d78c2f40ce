// A release diff in the report's terms: its changes as drift entries (regressions gating unless timing-only,
// improvements not) and the baseline release as the report's baseline, so index.html's "Drift since the
// baseline" section lists them.

import { drift, type Drift } from '../../reports/drift.ts';
import type { BaselineRef } from '../../reports/results-model.ts';
import type { ReleaseChange, ReleaseDiff } from './release-diff.ts';

/** Drift entries of `diff` for the candidate's `target`; BaselineRef with `failOnRegression` as its gate. */
export function diffAsDrift(diff: ReleaseDiff, target: string, failOnRegression: boolean): { drift: Drift[]; baseline: BaselineRef } {
  const entry = (c: ReleaseChange, gating: boolean) => drift({ kind: 'status-changed', target, operation: c.operation,
    caseId: `${c.check} [${c.styles.join(', ')}]`, before: c.before, after: c.after, detail: `${diff.regressions.includes(c) ? 'worse' : 'better'}: ${c.title}` }, gating);
  return {
    drift: [...diff.regressions.map((c) => entry(c, c.gating)), ...diff.improvements.map((c) => entry(c, false))],
    baseline: { source: `tencentcloud-sdk-nodejs ${diff.baseline.version} (${diff.baseline.source})`, startedAt: diff.baseline.startedAt ? [diff.baseline.startedAt] : [],
      latency: [], failOnDrift: failOnRegression, comparison: 'release' },
  };
}
