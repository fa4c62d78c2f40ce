// Applies the catalogue to one exchange: findings, or errored when the target faulted, plus what was observed.

import { allChecks } from './all-checks.ts';
import type { CheckInput } from './check-input.ts';
import type { Finding } from './finding.ts';
import { shapeFingerprint } from './shape-fingerprint.ts';
import { targetFault } from './target-fault.ts';
import { siteContracts } from '../generated/site-contracts.ts';
import { unknownFields } from './unknown-fields.ts';
import { docConflictsMet, type ConflictMet } from './doc-conflicts-met.ts';

/** What was observed, kept per case for drift: outcome, error code, response shape, and where it was sent. */
export interface Observed {
  readonly outcome: 'success' | 'error' | 'malformed' | 'no-answer';
  readonly code?: string;
  readonly shape?: string;
  /** The operation of the exchange that produced it (a model case sends shares, cancels and reads); set by every
   * judged exchange, absent only in files written before it was (read those as the case's own: observedOperation). */
  /** Response fields the spec does not know on the run's site (drift: informational, never a failure). */
  readonly unknownFields?: readonly string[];
  /** Recorded doc conflicts the answer met (accepted; listed in the report's doc-conflicts section). */
  readonly docConflicts?: readonly ConflictMet[];
  readonly operation?: string;
}

/** The verdict on one exchange. */
export interface ExchangeVerdict {
  readonly findings: readonly Finding[];
  /** Set when the target faulted (transport error, InternalError, throttling): the case is errored, not failed. */
  readonly fault?: string;
  readonly observed: Observed & { readonly operation: string };
}

/** Runs every check; a check that throws becomes a finding, never an aborted run. */
export function runChecks(input: CheckInput): ExchangeVerdict {
  const observed = observe(input);
  const expectedCodes = input.expectation.kind === 'error' ? input.expectation.codes : [];
  const fault = targetFault(input.exchange, input.envelope, expectedCodes);
  if (fault !== undefined) return { findings: [], fault, observed };
  const findings: Finding[] = [];
  for (const check of allChecks) {
    try {
      findings.push(...check(input));
    } catch (err) {
      findings.push({ check: input.caseCheck, severity: 'major', operation: input.operation.key, docs: input.docs,
        title: `Check ${check.name} crashed`, detail: String(err), dedupKey: `crash|${check.name}` });
    }
  }
  return { findings, observed };
}

function observe(input: CheckInput): Observed & { readonly operation: string } {
  const { exchange, envelope } = input;
  const operation = input.operation.key;
  if (exchange.response === undefined) return { operation, outcome: 'no-answer' };
  if (envelope.kind === 'neither') return { operation, outcome: 'malformed' };
  let body: unknown;
  try {
    body = JSON.parse(exchange.response.body);
  } catch {
    return envelope.kind === 'error' ? { operation, outcome: 'error', code: envelope.code } : { operation, outcome: 'success' };
  }
  const contract = siteContracts[operation];
  const site = input.site ?? 'china';
  const unknown = contract === undefined ? [] : unknownFields(body, contract.fields[site]);
  const conflicts = contract === undefined ? [] : docConflictsMet(body, contract.conflictMarks, site);
  const extra = { shape: shapeFingerprint(body), ...(unknown.length > 0 ? { unknownFields: unknown } : {}), ...(conflicts.length > 0 ? { docConflicts: conflicts } : {}) };
  return envelope.kind === 'error' ? { operation, outcome: 'error', code: envelope.code, ...extra } : { operation, outcome: 'success', ...extra };
}
