// Judges one run case (pure): the wire request and, by kind, the value, the error mapping or the robustness.
// Each judged check becomes one SdkCaseResult, so the report's operation × check matrix reads naturally.

import type { Observed } from '../../checks/run-checks.ts';
import { parseEnvelope } from '../../core/parse-envelope.ts';
import { redactString } from '../../core/redact.ts';
import type { Envelope } from '../../core/types.ts';
import { errorMapping } from '../checks/error-mapping.ts';
import { robustness } from '../checks/robustness.ts';
import { valueConformance } from '../checks/value-conformance.ts';
import { wireConformance } from '../checks/wire-conformance.ts';
import type { SdkCheckName, SdkFinding } from '../sdk-finding.ts';
import { statusOf, type SdkCaseResult } from '../results/case-result.ts';
import { recordedExchange } from './recorded-exchange.ts';
import type { CaseRun } from './run-call.ts';

/** The results of one run case; `target` labels the SDK under test. */
export function judgeCase(run: CaseRun, target: string): SdkCaseResult[] {
  const { kase } = run;
  if (kase.kind === 'robustness') {
    if (kase.answer === undefined) return [];
    const judged = result(run, target, 'sdk_robustness', robustness(kase.operation.key, kase.answer, run.outcome, run.reqTimeoutMs), undefined, { outcome: 'malformed' });
    return [judged.status === 'passed' ? { ...judged, message: ended(run) } : judged];
  }
  const wire = wireConformance({ operation: kase.operation, style: kase.style, host: kase.host, region: kase.region, params: kase.params,
    credentials: kase.credentials, valid: kase.kind === 'value', captured: run.captured, now: run.now });
  const envelope = run.response ? parseEnvelope(run.response.body) : undefined;
  const primary = kase.kind === 'value' ? judgeValue(run, target, envelope, wire.length > 0) : judgeError(run, target, envelope, wire.length > 0);
  return [result(run, target, 'sdk_wire_conformance', wire, undefined, undefined, false), primary];
}

function judgeValue(run: CaseRun, target: string, envelope: Envelope | undefined, blamed: boolean): SdkCaseResult {
  // A call that never settles is the SDK's fault whatever the server did (or did not) answer.
  if (run.outcome.kind === 'hung') return result(run, target, 'sdk_value_conformance', valueConformance(run.kase.operation.key, run.outcome, undefined), undefined);
  if (envelope?.kind !== 'success') {
    return result(run, target, 'sdk_value_conformance', [], `the server answered ${answered(run, envelope)} to a valid call${blame(blamed)}`);
  }
  const response = (JSON.parse(run.response?.body ?? '{}') as { Response?: unknown }).Response;
  return result(run, target, 'sdk_value_conformance', valueConformance(run.kase.operation.key, run.outcome, response), undefined, { outcome: 'success' });
}

function judgeError(run: CaseRun, target: string, envelope: Envelope | undefined, blamed: boolean): SdkCaseResult {
  const { kase } = run;
  const expected = kase.expectCodes?.join(' or ') ?? 'an error';
  if (run.outcome.kind === 'hung') return result(run, target, 'sdk_error_mapping', errorMapping(kase.operation.key, run.outcome, { code: expected, message: '', requestId: undefined }), undefined);
  if (envelope?.kind !== 'error') return result(run, target, 'sdk_error_mapping', [], `expected ${expected}, the server answered ${answered(run, envelope)}${blame(blamed)}`);
  const traceId = run.response?.headers['x-tc-traceid'];
  const mapping = errorMapping(kase.operation.key, run.outcome, { code: envelope.code, message: envelope.message, requestId: envelope.requestId, ...(traceId ? { traceId } : {}) }, kase.rule);
  const covered = kase.expectCodes?.includes(envelope.code) ?? true;
  const fault = covered || blamed ? undefined : `expected ${expected}, the mock answered ${envelope.code}: the code was not covered`;
  return result(run, target, 'sdk_error_mapping', mapping, fault, { outcome: 'error', code: envelope.code });
}

/** How the SDK ended a call, in words (kept on passing robustness records: what a caller would see). */
function ended(run: CaseRun): string {
  const o = run.outcome;
  if (o.kind !== 'rejected') return `${o.kind} after ${Math.round(o.ms)} ms`;
  const http = o.error.httpCode === undefined ? '' : ` (httpCode ${String(o.error.httpCode)})`;
  return `${o.error.className}${http}: ${redact(run, o.error.message).slice(0, 160)} after ${Math.round(o.ms)} ms`;
}

function redact(run: CaseRun, text: string): string {
  const { secretKey, token } = run.kase.credentials;
  return redactString(text, token ? [secretKey, token] : [secretKey]);
}

function answered(run: CaseRun, envelope: Envelope | undefined): string {
  if (envelope === undefined) return `nothing (${run.failure ?? 'no response'})`;
  if (envelope.kind === 'error') return `error ${envelope.code}: ${envelope.message}`;
  return envelope.kind === 'success' ? 'success' : `a malformed answer (${envelope.problem})`;
}

function blame(blamed: boolean): string {
  return blamed ? ' (see the wire findings of this call)' : '';
}

function result(run: CaseRun, target: string, check: SdkCheckName, raw: readonly SdkFinding[], fault: string | undefined, observed?: Observed, primary = true): SdkCaseResult {
  const { kase } = run;
  // SDK error messages quote the v1 URL, query string (Signature, Token) included.
  const findings = raw.map((f) => ({ ...f, detail: redact(run, f.detail) }));
  const status = statusOf(findings, fault);
  const exchange = status === 'passed' ? undefined : recordedExchange(run);
  return {
    id: `${kase.id}#${check}`, title: `${kase.title} [${kase.style.id}]`, operation: kase.operation.key, product: kase.operation.product,
    action: kase.operation.action, check, style: kase.style.id, safety: kase.kind === 'error' ? 'negative' : kase.operation.safety,
    ...(primary && kase.rule ? { rule: kase.rule } : {}), docs: ['node-sdk'], findings, observed: observed ? [{ ...observed, count: 1 }] : [],
    exchanges: exchange ? [exchange] : [], latenciesMs: primary ? [run.outcome.ms] : [], ...(fault ? { fault: redact(run, fault) } : {}), status,
    ...(status === 'passed' ? {} : { message: findings.length > 0 ? findings.map((f) => f.title).join("; ") : fault && redact(run, fault) }),
    durationMs: Math.round(run.outcome.ms), target,
  };
}
