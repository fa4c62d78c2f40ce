import { describe, expect, it } from 'vitest';
import { diffResults } from './diff-results.ts';
import { applyDrift } from './apply-drift.ts';
import { gatingDrift } from './drift.ts';
import { shapeChanges, shapePaths } from './shape-paths.ts';
import { shapeFingerprint } from '../checks/shape-fingerprint.ts';
import { BODIES, NEW_CODE, driftScenario } from './testing/drift-scenario.ts';
import { syntheticModel } from './testing/synthetic-model.ts';
import type { ResultsModel } from './results-model.ts';

const kinds = (m: ResultsModel, other: ResultsModel) => diffResults(m, other).map((d) => `${d.kind} ${d.caseId ?? d.operation}`);

describe('diffResults', () => {
  const { baseline, current } = driftScenario(48);
  const drift = diffResults(baseline, current);
  const of = (kind: string) => drift.filter((d) => d.kind === kind);

  it('catches a new error code, case by case and as an undocumented code of the action', () => {
    const [changed] = of('code-changed').filter((d) => d.caseId === current.cases[0]?.id);
    expect(changed).toMatchObject({ after: NEW_CODE, gating: true });
    expect(changed?.detail).toContain(`new code: ${NEW_CODE}`);
    expect(of('new-undocumented-code')).toEqual([expect.objectContaining({ operation: current.cases[0]?.operation, after: NEW_CODE, gating: true })]);
  });

  it('names the field whose type changed and the field that was removed', () => {
    const shape = of('shape-changed');
    expect(shape).toHaveLength(1);
    expect(shape[0]?.caseId).toBe(current.cases[1]?.id);
    expect(shape[0]?.detail).toContain('Response.TotalCount: number → string');
    expect(shape[0]?.detail).toContain('removed Response.BlueprintSet[].CreatedTime');
  });

  it('ignores RequestId, timestamps and every other value (case 2 differs in values only)', () => {
    expect(shapeFingerprint(BODIES.before)).toBe(shapeFingerprint(BODIES.sameShape));
    expect(drift.filter((d) => d.caseId === current.cases[2]?.id)).toEqual([]);
    expect(diffResults(current, current)).toEqual([]);
  });

  it('reports new cases and status changes; new cases do not gate', () => {
    expect(of('new-case')).toEqual([expect.objectContaining({ caseId: current.cases[47]?.id, gating: false })]);
    expect(of('status-changed')).toEqual([expect.objectContaining({ caseId: current.cases[3]?.id, before: 'passed', after: 'failed', gating: true })]);
    expect(kinds(current, baseline)).toContain(`missing-case ${current.cases[47]?.id}`);
  });

  it('does not compare what skipped or errored cases observed', () => {
    const b = syntheticModel(['passed', 'passed']);
    const c = syntheticModel(['errored', 'skipped'], { mutate: (x) => ({ ...x, observed: [{ outcome: 'no-answer', count: 1 }] }) });
    expect(diffResults(b, c).map((d) => [d.kind, d.gating])).toEqual([['status-changed', false], ['status-changed', false]]);
  });

  it('files observed drift under the operation that answered, and compares files without it case-wide', () => {
    const at = (observed: ResultsModel['cases'][number]['observed']) => syntheticModel(['passed'], { mutate: (x) => ({ ...x, operation: 'p.Share', observed }) });
    const b = at([{ operation: 'p.Share', outcome: 'success', count: 1 }, { operation: 'p.Cancel', outcome: 'error', code: 'NotShared', count: 1 }]);
    const c = at([{ operation: 'p.Share', outcome: 'success', count: 1 }, { operation: 'p.Cancel', outcome: 'error', code: 'Other', count: 1 }]);
    expect(diffResults(b, c).map((d) => `${d.kind} ${d.operation} ${d.after}`)).toEqual(['code-changed p.Cancel Other']);
    const legacy = at([{ outcome: 'success', count: 1 }, { outcome: 'error', code: 'NotShared', count: 1 }]);
    expect(diffResults(legacy, b)).toEqual([]);
  });

  it('flags a p95 regression over the threshold only', () => {
    const slow = (ms: number) => syntheticModel(['passed', 'passed'], { mutate: (x) => ({ ...x, latenciesMs: [ms] }) });
    expect(diffResults(slow(100), slow(140))).toEqual([]);
    expect(diffResults(slow(100), slow(400))).toEqual(expect.arrayContaining([expect.objectContaining({ kind: 'latency-regression', before: 'p95 100 ms', after: 'p95 400 ms', gating: false })]));
    expect(diffResults(slow(100), slow(400), { p95RegressionPct: 500, p95RegressionMinMs: 1 })).toEqual([]);
  });

  it('matches cases by target and id when a side judged several targets', () => {
    const two = (labels: string[]) => ({ ...syntheticModel(['passed']), cases: labels.map((l) => ({ ...syntheticModel(['passed']).cases[0]!, target: l })) });
    expect(diffResults(two(['a']), two(['b']))).toEqual([]);
    expect(diffResults(two(['a', 'b']), two(['a', 'c'])).map((d) => `${d.kind} ${d.target}`)).toEqual(['new-case c', 'missing-case b']);
  });
});

describe('applyDrift', () => {
  it('adds drift and the baseline reference, and gatingDrift picks the gating entries', () => {
    const { baseline, current } = driftScenario(12);
    const m = applyDrift(current, { model: baseline, source: 'base/results.json' }, { p95RegressionPct: 50, p95RegressionMinMs: 100, failOnDrift: true });
    expect(m.baseline).toMatchObject({ source: 'base/results.json', failOnDrift: true, startedAt: ['2026-03-24T02:00:00.000Z'] });
    expect(gatingDrift(m).length).toBeGreaterThan(0);
    expect(gatingDrift(m).every((d) => d.gating)).toBe(true);
    expect(applyDrift(current, undefined)).toBe(current);
  });
});

describe('shapeChanges', () => {
  const paths = (v: unknown) => shapePaths([shapeFingerprint(v)])!;
  it('reads fingerprints back into typed paths', () => {
    expect([...paths({ A: [{ B: 1 }, { B: 'x' }], C: null }).entries()].map(([k, v]) => `${k}=${[...v].sort().join('|')}`))
      .toEqual(['A=array', 'A[]=object', 'A[].B=number|string', 'C=null']);
  });
  it('says nothing about the items of a list seen empty on one side', () => {
    expect(shapeChanges(paths({ L: [{ Id: 'a' }] }), paths({ L: [] }))).toEqual([]);
    expect(shapeChanges(paths({ L: [{ Id: 'a' }] }), paths({ L: [{ Id: 1 }], M: true }))).toEqual(['L[].Id: string → number', 'added M']);
  });
  it('gives up (undefined) on a fingerprint it cannot read', () => {
    expect(shapePaths(['{a:string'])).toBeUndefined();
  });
});
