// Spreads the calls over the calling styles: every value and error call in every style the operation has a host
// and credentials for, and every malformed answer for the first value call of each operation. Pure.

import { randomUUID } from 'node:crypto';
import type { Operation } from '../../generated/operations.ts';
import { hostFor, type CallingStyle } from '../calls/calling-styles.ts';
import type { ScriptedAnswer } from '../server/scripted-answers.ts';
import { credentialsFor, type GateCredentials } from './gate-credentials.ts';
import type { ErrorCall, SdkCase, ValueCall } from './sdk-case.ts';

/** Everything a plan is made of. */
export interface PlanInput {
  readonly operations: readonly Operation[];
  readonly styles: readonly CallingStyle[];
  readonly values: readonly ValueCall[];
  readonly errors: readonly ErrorCall[];
  readonly credentials: GateCredentials;
  /** The malformed answers for robustness (empty: no robustness cases). */
  readonly answers: readonly ScriptedAnswer[];
}

/** The cases, in order: value, error, robustness; operation, then style. */
export function planCases(input: PlanInput): SdkCase[] {
  const out: SdkCase[] = [];
  for (const op of input.operations) {
    for (const style of input.styles) {
      const host = hostFor(style, op.hosts);
      if (host === undefined) continue;
      const at = { operation: op, style, host };
      for (const call of input.values.filter((v) => v.operation === op.key)) {
        const credentials = credentialsFor(input.credentials, undefined, style.token);
        if (credentials) out.push({ ...at, id: caseId('value', op, call.title, style), kind: 'value', title: call.title, region: call.region, params: call.params, credentials, ...(call.rule ? { rule: call.rule } : {}) });
      }
      for (const call of input.errors.filter((e) => e.operation === op.key)) {
        const credentials = credentialsFor(input.credentials, call.role, style.token);
        if (credentials === undefined) continue;
        out.push({ ...at, id: caseId('error', op, call.title, style), kind: 'error', title: call.title, region: call.region, params: call.params, credentials,
          expectCodes: call.expectCodes, source: call.source, ...(call.rule ? { rule: call.rule } : {}), ...(call.faults ? { faults: call.faults } : {}),
          ...(call.source === 'scripted' ? { answer: errorEnvelope(call.expectCodes[0] ?? 'FailedOperation') } : {}) });
      }
      const first = input.values.find((v) => v.operation === op.key);
      const credentials = credentialsFor(input.credentials, undefined, style.token);
      if (first === undefined || credentials === undefined) continue;
      for (const answer of input.answers) {
        out.push({ ...at, id: caseId('robustness', op, answer.id, style), kind: 'robustness', title: answer.says, region: first.region, params: first.params, credentials, answer });
      }
    }
  }
  return out;
}

/** A scripted HTTP 200 error envelope carrying `code`. */
export function errorEnvelope(code: string): ScriptedAnswer {
  const body = JSON.stringify({ Response: { Error: { Code: code, Message: `scripted ${code} (tcconform sdk gate)` }, RequestId: randomUUID() } });
  return { id: 'scripted-error', says: `a scripted ${code} envelope`, status: 200, headers: { 'content-type': 'application/json' }, body };
}

function caseId(kind: string, op: Operation, title: string, style: CallingStyle): string {
  return `${kind}/${op.key}/${title.toLowerCase().replace(/[^a-z0-9.]+/g, '-').replace(/^-|-$/g, '')}/${style.id}`;
}
