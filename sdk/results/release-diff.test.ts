// releaseDiff on hand-made results: per action, check and style; absent actions; errored and unmatched cells left
// out; a timing-only regression listed but not gating.
import { describe, expect, it } from 'vitest';
import type { SdkCaseResult } from './case-result.ts';
import { sdkFinding, type SdkCheckName } from '../sdk-finding.ts';
import { gatingRegressions, releaseDiff } from './release-diff.ts';

function rec(operation: string, check: SdkCheckName, style: string, status: SdkCaseResult['status'], titles: string[] = []): SdkCaseResult {
  return { id: `${operation}/${style}/${check}/${titles.join()}`, title: 't', operation, product: operation.split('.')[0] ?? '', action: operation.split('.')[1] ?? '',
    check, style, safety: 'read-only', docs: [], observed: [], exchanges: [], latenciesMs: [], status, durationMs: 0, target: 'x',
    findings: titles.map((title) => sdkFinding({ check, severity: 'major', operation, title, detail: '' })) };
}
const side = (version: string, cases: SdkCaseResult[]) => ({ sdk: { version, source: version, root: '' }, cases });
const lines = (cs: readonly { operation: string; check: string; styles: readonly string[]; title: string; gating: boolean }[]) =>
  cs.map((c) => `${c.operation} ${c.check} [${c.styles.join(',')}] ${c.title}${c.gating ? '' : ' (info)'}`);

describe('releaseDiff', () => {
  it('groups a new finding over the styles it appears in, with before and now counts; a gone finding is an improvement', () => {
    const before = side('1', [rec('a.X', 'sdk_error_mapping', 's1', 'passed'), rec('a.X', 'sdk_error_mapping', 's2', 'passed'), rec('a.X', 'sdk_error_mapping', 's3', 'passed'),
      rec('a.Y', 'sdk_wire_conformance', 's1', 'failed', ['Wrong version'])]);
    const after = side('2', [rec('a.X', 'sdk_error_mapping', 's1', 'failed', ['Error code not mapped']), rec('a.X', 'sdk_error_mapping', 's2', 'failed', ['Error code not mapped']),
      rec('a.X', 'sdk_error_mapping', 's3', 'passed'), rec('a.Y', 'sdk_wire_conformance', 's1', 'passed')]);
    const diff = releaseDiff(before, after);
    expect(lines(diff.regressions)).toEqual(['a.X sdk_error_mapping [s1,s2] Error code not mapped']);
    expect(diff.regressions[0]).toMatchObject({ before: '2/2 passed', after: '0/2 passed, 2 with this finding' });
    expect(lines(diff.improvements)).toEqual(['a.Y sdk_wire_conformance [s1] Wrong version (info)']);
  });
  it('an action dropped is one regression, one gained one improvement, one absent on both sides neither', () => {
    const absent = (op: string) => rec(op, 'sdk_action_presence', 'all', 'failed', [`${op.split('.')[1]} is not in this release`]);
    const baseline = side('1', [absent('a.Kept'), rec('a.Gone', 'sdk_action_presence', 'all', 'passed'), rec('a.Gone', 'sdk_wire_conformance', 's1', 'passed'),
      absent('a.New'), absent('a.Never'), rec('a.Kept', 'sdk_wire_conformance', 's1', 'skipped')]);
    const candidate = side('2', [absent('a.Gone'), rec('a.Kept', 'sdk_action_presence', 'all', 'passed'), rec('a.New', 'sdk_action_presence', 'all', 'passed'), absent('a.Never')]);
    const diff = releaseDiff(baseline, candidate);
    expect(lines(diff.regressions)).toEqual(['a.Gone sdk_action_presence [all] Gone is not in this release']);
    expect(lines(diff.improvements)).toEqual(['a.Kept sdk_action_presence [all] Kept is now in the release (info)', 'a.New sdk_action_presence [all] New is now in the release (info)']);
  });
  it('leaves out errored checks and cells only one side judged; a timing-only regression does not gate, a hang does', () => {
    const before = side('1', [rec('a.X', 'sdk_robustness', 's1', 'passed'), rec('a.X', 'sdk_robustness', 's2', 'passed'), rec('a.X', 'sdk_value_conformance', 's1', 'passed')]);
    const after = side('2', [rec('a.X', 'sdk_robustness', 's1', 'failed', ['Slow to fail on stalled-body']), rec('a.X', 'sdk_robustness', 's2', 'failed', ['Hangs on slow-answer']),
      rec('a.X', 'sdk_value_conformance', 's1', 'errored'), rec('a.X', 'sdk_value_conformance', 's9', 'failed', ['Success answer rejected'])]);
    const diff = releaseDiff(before, after);
    expect(lines(diff.regressions)).toEqual(['a.X sdk_robustness [s2] Hangs on slow-answer', 'a.X sdk_robustness [s1] Slow to fail on stalled-body (info)']);
    expect(lines(gatingRegressions(diff))).toEqual(['a.X sdk_robustness [s2] Hangs on slow-answer']);
    expect(diff.improvements).toEqual([]);
  });
});
