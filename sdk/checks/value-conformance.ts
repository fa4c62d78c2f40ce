// sdk_value_conformance: for a call the server answered with success, the SDK resolves to exactly the Response
// object of the answer (the envelope's wrapper removed, RequestId kept), parsed as JSON parses it.

import type { SdkOutcome } from '../calls/call-sdk.ts';
import { sdkFinding, type SdkFinding } from '../sdk-finding.ts';
import { firstDifference } from './first-difference.ts';

/** Findings about what the SDK made of a success answer (`response` is the parsed `Response` object). */
export function valueConformance(operation: string, outcome: SdkOutcome, response: unknown): SdkFinding[] {
  const make = (title: string, detail: string) => sdkFinding({ check: 'sdk_value_conformance', severity: 'critical', operation, title, detail });
  if (outcome.kind === 'hung') return [make('No result for a success answer', `the call neither resolved nor rejected within ${Math.round(outcome.ms)} ms`)];
  if (outcome.kind === 'rejected') {
    const e = outcome.error;
    return [make('Success answer rejected', `the server answered success; the SDK threw ${e.className}${e.code !== undefined ? ` (${String(e.code)})` : ''}: ${e.message}`)];
  }
  const diff = firstDifference(outcome.value, response);
  if (diff === undefined) return [];
  return [make('Resolved value differs from the answer', `at ${diff.path}: resolved ${show(diff.actual)}, the answer had ${show(diff.expected)}`)];
}

function show(value: unknown): string {
  const text = value === undefined ? 'nothing' : (JSON.stringify(value) ?? String(value));
  return text.length > 120 ? `${text.slice(0, 117)}...` : text;
}
