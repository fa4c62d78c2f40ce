// Model conformance as results: one record per operation and part (request, response) under
// sdk_model_conformance; gating differences are its findings, informational ones are counted in its message.

import { operationByKey } from '../../generated/operations.ts';
import type { ModelReport } from '../model/model-conformance.ts';
import { sdkFinding } from '../sdk-finding.ts';
import { statusOf, type SdkCaseResult } from './case-result.ts';

/** The records of a model report; problems (no models file, …) make one failing `sdk.models` record. */
export function modelRecords(report: ModelReport, operations: readonly string[], target: string): SdkCaseResult[] {
  if (report.problems.length > 0) {
    const findings = report.problems.map((p) => sdkFinding({ check: 'sdk_model_conformance', severity: 'major', operation: 'sdk.models', title: 'SDK models not comparable', detail: p }));
    return [record('sdk.models', 'sdk', 'models', 'the SDK model files', findings, undefined, target)];
  }
  return operations.flatMap((key) => (['request', 'response'] as const).map((part) => {
    const op = operationByKey(key);
    const missing = (report.absent ?? []).find((a) => a.operation === key && a.part === part);
    if (missing !== undefined) {
      const where = missing.side === 'sdk' ? "the SDK's models" : 'generated/types.ts';
      const finding = sdkFinding({ check: 'sdk_model_conformance', severity: 'major', operation: key, title: `${part} type not in ${where}`,
        detail: `${missing.name} is not there, so ${op.action}'s ${part} cannot be compared: ${missing.detail}` });
      return record(key, op.product, op.action, `${part} types`, [finding], undefined, target);
    }
    const diffs = report.differences.filter((d) => d.operation === key && d.part === part);
    const findings = diffs.filter((d) => d.gating).map((d) => sdkFinding({ check: 'sdk_model_conformance', severity: 'major', operation: key,
      title: `${part} ${d.path}: ${d.kind}`, detail: `spec: ${d.spec}; SDK: ${d.sdk} — ${d.reason}` }));
    const info = diffs.filter((d) => !d.gating);
    const failing = report.assertions.filter((a) => a.operation === key && a.part === part && !a.ok).map((a) => a.direction);
    const note = `${info.length} informational difference(s)${failing.length > 0 ? `; assignability fails ${failing.join(' and ')}` : '; mutually assignable'}`;
    return record(key, op.product, op.action, `${part} types`, findings, note, target);
  }));
}

function record(operation: string, product: string, action: string, title: string, findings: SdkCaseResult['findings'], note: string | undefined, target: string): SdkCaseResult {
  const status = statusOf(findings, undefined);
  return {
    id: `model/${operation}/${title.replace(/ /g, '-')}#sdk_model_conformance`, title, operation, product, action, check: 'sdk_model_conformance',
    style: 'types', safety: 'read-only', docs: ['node-sdk'], findings, observed: [], exchanges: [], latenciesMs: [], status,
    ...(note !== undefined || findings.length > 0 ? { message: findings.length > 0 ? `${findings.map((f) => f.title).join('; ')} (${note ?? ''})` : note } : {}),
    durationMs: 0, target,
  };
}
