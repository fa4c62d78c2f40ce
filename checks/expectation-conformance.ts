// The expectation checks (negative_data_rejection, positive_data_acceptance, limit_, auth_, protocol_conformance):
// did the target answer as the docs say it must? One judgement, filed under the case's check name.

import { finding, type CheckName, type Finding } from './finding.ts';
import type { CheckInput } from './check-input.ts';

/** Compares the envelope with the case's expectation, filing findings under the case's check. */
export function expectationConformance(input: CheckInput): Finding[] {
  const { envelope, expectation, operation, docs } = input;
  const check: CheckName = input.caseCheck;
  if (envelope.kind === 'neither' || expectation.kind === 'any') return [];
  const base = { check, operation: operation.key, docs };
  if (expectation.kind === 'success') {
    if (envelope.kind === 'success') return [];
    return [finding({ ...base, severity: 'major', title: `Valid request rejected with ${envelope.code}`,
      detail: `The docs require this request to succeed; the target answered ${envelope.code}: ${envelope.message}` })];
  }
  const rule = expectation.rule;
  const ruleBits = rule === undefined ? {} : { rule };
  if (envelope.kind === 'success') {
    return [finding({ ...base, ...ruleBits, severity: 'major', title: `Accepted a request the docs require to be refused${rule ? ` (${rule})` : ''}`,
      detail: `${expectation.why} Expected one of ${expectation.codes.join(', ') || 'any error'}; the target answered success.` })];
  }
  if (expectation.codes.length === 0 || expectation.codes.includes(envelope.code)) return [];
  return [finding({ ...base, ...ruleBits, severity: 'minor', title: `Refused with ${envelope.code}, not a code that names the problem${rule ? ` (${rule})` : ''}`,
    detail: `${expectation.why} Expected one of ${expectation.codes.join(', ')}; got ${envelope.code}: ${envelope.message}`,
    dedupKey: `${check}|${operation.key}|${rule ?? ''}|${envelope.code}` })];
}
