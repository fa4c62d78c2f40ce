// sdk_robustness: a malformed answer (non-200, HTML, truncated JSON, stalled or slow) ends the call within the
// client's reqTimeout (plus a small grace) with an Error that says something; never a hang, never a value.

import type { SdkOutcome } from '../calls/call-sdk.ts';
import type { ScriptedAnswer } from '../server/scripted-answers.ts';
import { sdkFinding, type SdkFinding } from '../sdk-finding.ts';

/** Grace on top of reqTimeout before a late rejection counts as a finding, ms. */
export const ROBUSTNESS_GRACE_MS = 1000;

/** Findings about how the SDK ended a call that got `answer`. */
export function robustness(operation: string, answer: ScriptedAnswer, outcome: SdkOutcome, reqTimeoutMs: number): SdkFinding[] {
  const make = (title: string, detail: string, severity: 'critical' | 'major' = 'critical') =>
    sdkFinding({ check: 'sdk_robustness', severity, operation, title, detail, dedupKey: `sdk_robustness|${operation}|${answer.id}|${title}` });
  if (outcome.kind === 'hung') return [make(`Hangs on ${answer.id}`, `${answer.says}: no result after ${Math.round(outcome.ms)} ms (reqTimeout ${reqTimeoutMs} ms)`)];
  if (outcome.kind === 'resolved') return [make(`Resolves on ${answer.id}`, `${answer.says}: the SDK resolved ${JSON.stringify(outcome.value)?.slice(0, 100)} instead of failing`)];
  const out: SdkFinding[] = [];
  if (outcome.ms > reqTimeoutMs + ROBUSTNESS_GRACE_MS) out.push(make(`Slow to fail on ${answer.id}`, `${answer.says}: failed after ${Math.round(outcome.ms)} ms, reqTimeout is ${reqTimeoutMs} ms`, 'major'));
  if (outcome.error.message.trim() === '') out.push(make(`Empty error on ${answer.id}`, `${answer.says}: ${outcome.error.className} without a message`, 'major'));
  return out;
}
