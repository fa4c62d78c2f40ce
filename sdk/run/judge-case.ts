// Judges one run case (pure): the wire request and, by kind, the value, the error mapping or the robustness.
// Each judged check becomes one SdkCaseResult, so the report's operation × check matrix reads naturally.

import type { Observed } from '../../checks/run-checks.ts';
import { parseEnvelope } from '../../core/parse-envelope.ts';
import { errorMapping } from '../checks/error-mapping.ts';
import { robustness } from '../checks/robustness.ts';
import { valueConformance } from '../checks/value-conformance.ts';
import { wireConformance } from '../checks/wire-conformance.ts';
import type { SdkCheckName, SdkFinding } from '../sdk-finding.ts';
import { statusOf, type SdkCaseResult } from './case-result.ts';
import { recordedExchange } from './recorded-exchange.ts';
import type { CaseRun } from './run-call.ts';

/** The results of one run case; `target` labels the SDK under test. */
export function judgeCase(run: CaseRun, target: string): SdkCaseResult[] {
  const { kase } = run;
  if (kase.kind === 'robustness') {
    if (kase.answer === undefined) return [];
    return [result(run, target, 'sdk_robustness', robustness(kase.operation.key, kase.answer, run.outcome, run.reqTimeoutMs), undefined, { outcome: 'malformed' })];
  }
  const wire = wireConformance({ operation: kase.operation, style: kase.style, host: kase.host, region: kase.region, params: kase.params,
    credentials: kase.credentials, valid: kase.kind === 'value', captured: run.captured, now: run.now });
  const envelope = run.response ? parseEnvelope(run.response.body) : undefined;
  const wireResult = result(run, target, 'sdk_wire_conformance', wire, undefined);
  const blame = wire.length > 0 ? ' (see the wire findings of this call)' : '';
  if (kase.kind === 'value') {
    if (envelope?.kind !== 'success') {
      const what = envelope === undefined ? `no answer (${run.failure ?? 'nothing received'})` : envelope.kind === 'error' ? `error ${envelope.code}: ${envelope.message}` : `a malformed answer (${envelope.problem})`;
      return [wireResult, result(run, target, 'sdk_value_conformance', [], `the server answered ${what} to a valid call${blame}`)];
    }
    const response = (JSON.parse(run.response?.body ?? '{}') as { Response?: unknown }).Response;
    return [wireResult, result(run, target, 'sdk_value_conformance', valueConformance(kase.operation.key, run.outcome, response), undefined, { outcome: 'success' })];
  }
  if (envelope?.kind !== 'error') {
    const what = envelope === undefined ? `no answer (${run.failure ?? 'nothing received'})` : envelope.kind === 'success' ? 'success' : `a malformed answer (${envelope.problem})`;
    return [wireResult, result(run, target, 'sdk_error_mapping', [], `expected ${kase.expectCodes?.join(' or ')}, the server answered ${what}${blame}`)];
  }
  const mapping = errorMapping(kase.operation.key, run.outcome, { code: envelope.code, message: envelope.message, requestId: envelope.requestId,
    ...(run.response?.headers['x-tc-traceid'] ? { traceId: run.response.headers['x-tc-traceid'] } : {}) }, kase.rule);
  const expected = kase.expectCodes?.includes(envelope.code) ?? true;
  const fault = expected || wire.length > 0 ? undefined : `expected ${kase.expectCodes?.join(' or ')}, the mock answered ${envelope.code}: the code was not covered`;
  return [wireResult, result(run, target, 'sdk_error_mapping', mapping, fault, { outcome: 'error', code: envelope.code })];
}

function result(run: CaseRun, target: string, check: SdkCheckName, findings: readonly SdkFinding[], fault: string | undefined, observed?: Observed): SdkCaseResult {
  const { kase } = run;
  const status = statusOf(findings, fault);
  const exchange = status === 'passed' ? undefined : recordedExchange(run);
  return {
    id: `${kase.id}#${check}`, title: `${kase.title} [${kase.style.id}]`, operation: kase.operation.key, product: kase.operation.product,
    action: kase.operation.action, check, style: kase.style.id, safety: kase.kind === 'error' ? 'negative' : kase.operation.safety,
    ...(kase.rule ? { rule: kase.rule } : {}), docs: ['node-sdk'], findings, observed: observed ? [observed] : [],
    exchanges: exchange ? [exchange] : [], latenciesMs: [run.outcome.ms], ...(fault ? { fault } : {}), status,
    ...(status === 'passed' ? {} : { message: findings.length > 0 ? findings.map((f) => f.title).join('; ') : fault }),
    durationMs: Math.round(run.outcome.ms), target,
  };
}
