// The report's doc-conflicts and unknown-fields sections: built from the cases' observations, carried through
// merging and the HTML page, and unknown fields as informational drift against a baseline.
import { describe, expect, it } from 'vitest';
import { shapeFingerprint } from '../checks/shape-fingerprint.ts';
import type { CaseResult } from './results-model.ts';
import { syntheticCase, syntheticRun } from './testing/synthetic-model.ts';
import { toResultsModel } from './to-results-model.ts';
import { specContext } from './spec-context.ts';
import { mergeResults } from './merge-results.ts';
import { diffResults } from './diff-results.ts';
import { renderHtml } from './render-html.ts';

const OP = 'lighthouse.DescribeBlueprints';
const bodyWith = (extra: object) => ({ Response: { TotalCount: 1, BlueprintSet: [{ BlueprintId: 'b', ImageId: null, ...extra }], RequestId: 'r' } });

function describing(extra: object, unknown: string[], target = 'live API (ap-guangzhou)'): CaseResult {
  const base = syntheticCase(0, 'passed', { target });
  return { ...base, id: `${OP}.observer.list`, operation: OP, product: 'lighthouse', action: 'DescribeBlueprints', observed: [{
    outcome: 'success', shape: shapeFingerprint(bodyWith(extra)), count: 3,
    docConflicts: [{ id: 'blueprint-null-on-intl-only', path: 'Response.BlueprintSet[].ImageId', shown: 'null on the china site' }],
    ...(unknown.length > 0 ? { unknownFields: unknown } : {}),
  }] };
}

describe('doc conflicts and unknown fields in the results model', () => {
  const model = toResultsModel([syntheticRun()], [describing({ Sparkle: 1 }, ['Response.BlueprintSet[].Sparkle'])], specContext());

  it('lists the recorded conflict met, with the spec\'s text and where it was met', () => {
    expect(model.docConflictsMet).toEqual([expect.objectContaining({
      id: 'blueprint-null-on-intl-only', product: 'lighthouse', where: 'DescribeBlueprints',
      seen: [{ operation: OP, path: 'Response.BlueprintSet[].ImageId', shown: 'null on the china site', count: 3, targets: ['live API (ap-guangzhou)'] }],
    })]);
    expect(model.totals.failed).toBe(0);
  });

  it('lists the unknown field as drift without failing anything', () => {
    expect(model.unknownFields).toEqual([{ operation: OP, path: 'Response.BlueprintSet[].Sparkle', count: 3, targets: ['live API (ap-guangzhou)'] }]);
  });

  it('keeps both through merging', () => {
    const other = toResultsModel([syntheticRun('live API (ap-singapore)', 'ap-singapore')], [describing({}, [], 'live API (ap-singapore)')], specContext());
    const merged = mergeResults([model, other]).model;
    expect(merged.docConflictsMet?.[0]?.seen[0]?.targets).toEqual(['live API (ap-guangzhou)', 'live API (ap-singapore)']);
    expect(merged.docConflictsMet?.[0]?.says).toBe(model.docConflictsMet?.[0]?.says);
    expect(merged.unknownFields).toHaveLength(1);
  });

  it('reports a field first seen since the baseline as informational drift, and not as a gating shape change', () => {
    const baseline = toResultsModel([syntheticRun()], [describing({}, [])], specContext());
    const drift = diffResults(baseline, model);
    expect(drift.map((d) => [d.kind, d.gating])).toEqual([['new-unknown-field', false]]);
    expect(drift[0]?.after).toBe('Response.BlueprintSet[].Sparkle');
    const removed = diffResults(model, baseline);
    expect(removed.map((d) => [d.kind, d.gating])).toEqual([['shape-changed', true]]);
  });

  it('shows both sections in the page, with no section when there is nothing to list', () => {
    const html = renderHtml(model);
    expect(html).toContain('id="sec-conflicts"');
    expect(html).toContain('id="sec-fields"');
    expect(html).toContain('blueprint-null-on-intl-only');
    expect(toResultsModel([syntheticRun()], [syntheticCase(1, 'passed')], specContext()).docConflictsMet).toBeUndefined();
  });
});
