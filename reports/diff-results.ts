// diffResults: what changed between a baseline's observations and this run's, case by case (outcome, error
// code, response shape with values masked, so RequestId and timestamps never count), plus new undocumented codes
// and p95 latency regressions per operation. Pure.

import type { CaseResult, ResultsModel } from './results-model.ts';
import { drift, driftKinds, type Drift } from './drift.ts';
import { observedDrift } from './observed-drift.ts';

/** Thresholds of the latency comparison. */
export interface DiffOptions {
  /** p95 must grow by more than this many percent… */
  readonly p95RegressionPct: number;
  /** …and by at least this many milliseconds to count. */
  readonly p95RegressionMinMs: number;
}

/** Defaults: p95 more than 1.5× the baseline's and at least 100 ms slower. */
export const defaultDiffOptions: DiffOptions = { p95RegressionPct: 50, p95RegressionMinMs: 100 };

const JUDGED = new Set(['passed', 'failed']);

/** Every change from `baseline` to `current`, most important kinds first. */
export function diffResults(baseline: ResultsModel, current: ResultsModel, opts: DiffOptions = defaultDiffOptions): Drift[] {
  const keyOf = caseKey(baseline, current);
  const before = new Map(baseline.cases.map((c) => [keyOf(c), c]));
  const out: Drift[] = [];
  const seen = new Set<string>();
  for (const c of current.cases) {
    const key = keyOf(c);
    seen.add(key);
    const b = before.get(key);
    if (b === undefined) out.push(drift({ kind: 'new-case', target: c.target, operation: c.operation, caseId: c.id, before: 'absent', after: c.status, detail: 'case not in the baseline' }));
    else out.push(...caseDrift(b, c));
  }
  for (const [key, b] of before) {
    if (!seen.has(key)) out.push(drift({ kind: 'missing-case', target: b.target, operation: b.operation, caseId: b.id, before: b.status, after: 'absent', detail: 'case not in this run' }));
  }
  out.push(...undocumentedDrift(baseline, current), ...unknownFieldDrift(baseline, current), ...latencyDrift(baseline, current, opts));
  const rank = (d: Drift) => driftKinds.indexOf(d.kind);
  return out.sort((a, b) => rank(a) - rank(b) || a.operation.localeCompare(b.operation) || (a.caseId ?? '').localeCompare(b.caseId ?? ''));
}

/** Cases match by id alone when both sides judged one target each (a renamed label is no drift), else by target and id. */
function caseKey(a: ResultsModel, b: ResultsModel): (c: CaseResult) => string {
  const single = (m: ResultsModel) => new Set(m.cases.map((c) => c.target)).size <= 1;
  return single(a) && single(b) ? (c) => c.id : (c) => `${c.target}\u0000${c.id}`;
}

function caseDrift(b: CaseResult, c: CaseResult): Drift[] {
  const out: Drift[] = [];
  const judged = JUDGED.has(b.status) && JUDGED.has(c.status);
  if (b.status !== c.status) {
    out.push(drift({ kind: 'status-changed', target: c.target, operation: c.operation, caseId: c.id, before: b.status, after: c.status,
      detail: judged ? `case now ${c.status}` : `case now ${c.status}: nothing to compare (${c.skipReason ?? c.fault ?? b.skipReason ?? b.fault ?? 'not judged on one side'})` }, judged));
  }
  // Skipped and errored cases observed nothing trustworthy: comparing their observations would only be noise.
  return judged ? [...out, ...observedDrift(b, c)] : out;
}

function undocumentedDrift(baseline: ResultsModel, current: ResultsModel): Drift[] {
  const known = new Set(baseline.coverage.filter((r) => !r.documented).map((r) => `${r.operation} ${r.code}`));
  return current.coverage.filter((r) => !r.documented && r.observed > 0 && !known.has(`${r.operation} ${r.code}`)).map((r) => drift({
    kind: 'new-undocumented-code', target: Object.keys(r.observedOn ?? {}).join(', '), operation: r.operation, before: 'never observed', after: r.code,
    detail: `${r.operation} answered with ${r.code} (${r.observed}×), which neither the action nor the common error list documents`,
  }));
}

/** Response fields the spec does not know that this run saw and the baseline did not (informational). */
function unknownFieldDrift(baseline: ResultsModel, current: ResultsModel): Drift[] {
  const known = new Set((baseline.unknownFields ?? []).map((f) => `${f.operation} ${f.path}`));
  return (current.unknownFields ?? []).filter((f) => !known.has(`${f.operation} ${f.path}`)).map((f) => drift({
    kind: 'new-unknown-field', target: f.targets.join(', '), operation: f.operation, before: 'never answered', after: f.path,
    detail: `${f.operation} answered with ${f.path} (${f.count}×), a field the spec does not know on this site`,
  }));
}

function latencyDrift(baseline: ResultsModel, current: ResultsModel, opts: DiffOptions): Drift[] {
  const before = new Map(baseline.latency.map((l) => [l.operation, l]));
  const target = current.runs.map((r) => r.target.label).join(', ');
  return current.latency.flatMap((l) => {
    const b = before.get(l.operation);
    if (b === undefined || b.p95 <= 0) return [];
    if (l.p95 <= b.p95 * (1 + opts.p95RegressionPct / 100) || l.p95 - b.p95 < opts.p95RegressionMinMs) return [];
    return [drift({ kind: 'latency-regression', target, operation: l.operation, before: `p95 ${b.p95} ms`, after: `p95 ${l.p95} ms`,
      detail: `p95 latency grew ${Math.round((l.p95 / b.p95 - 1) * 100)}% (threshold ${opts.p95RegressionPct}% and ${opts.p95RegressionMinMs} ms)` })];
  });
}
