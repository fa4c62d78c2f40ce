// A baseline and a current model with injected drift: a new undocumented error code, a changed field type, a
// removed field, a new case, a status change; and volatile values (RequestId, timestamps) that differ but must not count.

import { shapeFingerprint } from '../../checks/shape-fingerprint.ts';
import type { CaseResult, CaseStatus, ResultsModel } from '../results-model.ts';
import { syntheticModel } from './synthetic-model.ts';

/** Case 0's new code: documented nowhere. */
export const NEW_CODE = 'UnknownCode.NotInTheDocs';

/** The success body of the baseline and of today: RequestId and CreatedTime differ in value only in the first pair. */
export const BODIES = {
  before: { Response: { TotalCount: 1, BlueprintSet: [{ BlueprintId: 'lhbp-1', CreatedTime: '2026-03-01T00:00:00Z', Tags: [] }], RequestId: '11111111-1111-4111-8111-111111111111' } },
  sameShape: { Response: { TotalCount: 7, BlueprintSet: [{ BlueprintId: 'lhbp-9', CreatedTime: '2026-03-24T09:30:00Z', Tags: [] }], RequestId: '22222222-2222-4222-8222-222222222222' } },
  after: { Response: { TotalCount: '1', BlueprintSet: [{ BlueprintId: 'lhbp-1', Tags: [] }], RequestId: '33333333-3333-4333-8333-333333333333' } },
};

/** Statuses of the scenario's cases: passed, failed, skipped and errored, in that mix. */
export function scenarioStatuses(n: number): CaseStatus[] {
  return Array.from({ length: n }, (_, i) => (['passed', 'passed', 'passed', 'failed', 'skipped', 'errored'] as const)[i % 6] ?? 'passed');
}

function success(c: CaseResult, body: unknown): CaseResult {
  return { ...c, check: 'positive_data_acceptance', safety: 'read-only', observed: [{ outcome: 'success', shape: shapeFingerprint(body), count: 1 }] };
}

/** Baseline (n - 1 cases) and current (n cases, hostile text when asked) with the injected changes. */
export function driftScenario(n = 48, hostile = false, label?: string): { baseline: ResultsModel; current: ResultsModel } {
  const statuses = scenarioStatuses(n);
  const baseline = syntheticModel(statuses.slice(0, n - 1), {
    mutate: (c, i) => (i === 1 ? success(c, BODIES.before) : i === 2 ? success(c, BODIES.before) : i === 3 ? { ...c, status: 'passed', findings: [] } : c),
  });
  const current = syntheticModel(statuses, {
    hostile, ...(label === undefined ? {} : { label }),
    mutate: (c, i) => {
      if (i === 0) return { ...c, observed: [{ outcome: 'error', code: NEW_CODE, shape: c.observed[0]?.shape ?? '', count: 1 }] };
      if (i === 1) return success(c, BODIES.after);
      if (i === 2) return success(c, BODIES.sameShape);
      return c;
    },
  });
  return { baseline, current };
}
