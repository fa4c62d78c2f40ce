// sdk_action_presence as results: one record per action of the contract, passed when the release has it, failed
// with one finding naming it when it does not; the checks that would have called it are skipped with that reason.

import type { Operation } from '../../generated/operations.ts';
import type { CaseStatus } from '../../reports/results-model.ts';
import type { SdkCaseResult } from './case-result.ts';
import { sdkFinding, type SdkCheckName } from '../sdk-finding.ts';

/** The finding title of an action the release lacks (also how release diffs recognise it). */
export function absentTitle(action: string): string {
  return `${action} is not in this release`;
}

/** The presence record of every operation, and a skipped record per dependent check of each absent one. */
export function presenceRecords(ops: readonly Operation[], absent: ReadonlyMap<string, string>, dependent: readonly SdkCheckName[], target: string): SdkCaseResult[] {
  return ops.flatMap((op) => {
    const why = absent.get(op.key);
    if (why === undefined) return [record(op, 'sdk_action_presence', 'the release has the action', 'passed', target)];
    const finding = sdkFinding({ check: 'sdk_action_presence', severity: 'critical', operation: op.key, title: absentTitle(op.action), detail: why });
    const reason = `skipped: ${op.action} is not in this release (${why})`;
    return [
      { ...record(op, 'sdk_action_presence', 'the release has the action', 'failed', target), findings: [finding], message: finding.title },
      ...dependent.map((check): SdkCaseResult => ({ ...record(op, check, `${check} of ${op.action}`, 'skipped', target), skipReason: reason, message: reason })),
    ];
  });
}

function record(op: Operation, check: SdkCheckName, title: string, status: CaseStatus, target: string): SdkCaseResult {
  return {
    id: `presence/${op.key}#${check}`, title, operation: op.key, product: op.product, action: op.action, check, style: 'all', safety: 'read-only',
    docs: ['node-sdk'], findings: [], observed: [], exchanges: [], latenciesMs: [], status, durationMs: 0, target,
  };
}
