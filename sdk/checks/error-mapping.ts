// sdk_error_mapping: an error envelope (HTTP 200) surfaces as TencentCloudSDKHttpException carrying the same
// code, message and requestId, and the traceId of the x-tc-traceid header when the server sent one.

import type { SdkOutcome } from '../calls/call-sdk.ts';
import { sdkFinding, type SdkFinding } from '../sdk-finding.ts';

/** The error the server answered. */
export interface AnsweredError {
  readonly code: string;
  readonly message: string;
  readonly requestId: string | undefined;
  /** The x-tc-traceid response header, when present. */
  readonly traceId?: string;
}

/** Findings about how the SDK surfaced one error answer. */
export function errorMapping(operation: string, outcome: SdkOutcome, answered: AnsweredError, rule?: string): SdkFinding[] {
  const make = (title: string, detail: string, severity: 'critical' | 'major' | 'minor' = 'critical') =>
    sdkFinding({ check: 'sdk_error_mapping', severity, operation, title, detail, ...(rule === undefined ? {} : { rule }), dedupKey: `sdk_error_mapping|${operation}|${title}|${answered.code}` });
  if (outcome.kind === 'hung') return [make('No result for an error answer', `${answered.code}: the call neither resolved nor rejected within ${Math.round(outcome.ms)} ms`)];
  if (outcome.kind === 'resolved') return [make('Error answer resolved as a value', `the server answered ${answered.code}; the SDK resolved ${JSON.stringify(outcome.value)?.slice(0, 120)}`)];
  const e = outcome.error;
  const out: SdkFinding[] = [];
  if (!e.isHttpException) out.push(make('Not a TencentCloudSDKHttpException', `${answered.code} surfaced as ${e.className}: ${e.message}`, 'major'));
  if (e.code !== answered.code) out.push(make('Error code not mapped', `answered ${answered.code}, the exception's code is ${e.code === undefined ? 'missing' : JSON.stringify(e.code)}`));
  if (e.message !== answered.message) out.push(make('Error message not mapped', `${answered.code}: answered "${answered.message}", the exception says "${e.message}"`, 'major'));
  if (e.requestId !== answered.requestId) out.push(make('RequestId not mapped', `${answered.code}: answered ${String(answered.requestId)}, the exception has ${JSON.stringify(e.requestId)}`, 'major'));
  if (answered.traceId !== undefined && e.traceId !== answered.traceId) out.push(make('TraceId not mapped', `x-tc-traceid ${answered.traceId}, the exception has ${JSON.stringify(e.traceId)}`, 'minor'));
  return out;
}
