// Turns one finished vitest test case into a CaseResult, from the CaseRecord the case left in its meta.

import type { CaseRecord } from '../checks/case-record.ts';
import type { CaseResult, CaseStatus } from './results-model.ts';

/** The parts of vitest's TestCase the reporter reads (kept structural so tests can build them). */
export interface FinishedTest {
  readonly name: string;
  readonly moduleId: string;
  readonly state: 'passed' | 'failed' | 'skipped' | 'pending';
  readonly note?: string;
  readonly errors: readonly string[];
  readonly durationMs: number;
  readonly record?: CaseRecord;
}

/** The case's status: failed only with findings; a fault or a crash without findings is errored. */
export function caseResultOf(t: FinishedTest, target: string): CaseResult {
  const record = t.record ?? fallbackRecord(t);
  const status = statusOf(t, record);
  const message = t.errors.length > 0 ? t.errors.join('\n') : (t.note ?? record.skipReason);
  return { ...record, ...(message === undefined ? {} : { message }), status, durationMs: Math.round(t.durationMs), target,
    ...(status === 'skipped' && record.skipReason === undefined && t.note ? { skipReason: t.note } : {}) };
}

function statusOf(t: FinishedTest, r: CaseRecord): CaseStatus {
  if (t.state === 'skipped' || t.state === 'pending') return 'skipped';
  if (t.state === 'passed') return 'passed';
  return r.findings.length > 0 ? 'failed' : 'errored';
}

function fallbackRecord(t: FinishedTest): CaseRecord {
  return { id: t.name, title: t.name, operation: 'harness', product: '', action: '', check: 'envelope_conformance', safety: 'read-only',
    docs: [], findings: [], observed: [], exchanges: [], latenciesMs: [] };
}
