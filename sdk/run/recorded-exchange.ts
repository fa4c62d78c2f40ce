// The exchange of a case as the report keeps it: redacted (no key, signature or token), bodies truncated.

import type { RecordedExchange } from '../../checks/case-record.ts';
import { redactString, redactWire } from '../../core/redact.ts';
import type { SdkCase } from '../cases/sdk-case.ts';
import type { CaseRun } from './run-call.ts';

const MAX_BODY = 2000;

/** The first request of the run with what came back, redacted; undefined when nothing was sent. */
export function recordedExchange(run: CaseRun): RecordedExchange | undefined {
  const request = run.captured[0];
  if (request === undefined) return undefined;
  const secrets = secretsOf(run.kase);
  const wire = redactWire(request, secrets);
  return {
    request: { operation: run.kase.operation.key, region: run.kase.region, form: run.kase.style.form, params: run.kase.params },
    wire: { ...wire, body: cut(wire.body) },
    ...(run.response ? { status: run.response.status, responseBody: cut(redactString(run.response.body, secrets)) } : {}),
    ...(run.failure ? { failure: run.failure } : {}),
    ms: run.outcome.ms,
  };
}

function secretsOf(kase: SdkCase): string[] {
  return [kase.credentials.secretKey, ...(kase.credentials.token ? [kase.credentials.token] : [])];
}

function cut(text: string): string {
  return text.length > MAX_BODY ? `${text.slice(0, MAX_BODY)}… (${text.length} chars)` : text;
}
