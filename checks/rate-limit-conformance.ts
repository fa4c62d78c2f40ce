// rate_limit_conformance: the documented per-action limit is enforced by refusing the excess, and requests under
// it are not throttled. A burst the target serves completely, however slowly it answers, was not limited: a late
// answer is not a refusal. What the check cannot judge it says, so the case errors instead of passing.

import { finding, type Finding } from './finding.ts';

/** What a burst (or a paced series) of requests to one action got. */
export interface RateObservation {
  readonly operation: string;
  readonly limitPerSecond: number;
  readonly docs: readonly string[];
  /** Requests of the burst, all issued at once; 0 when only a paced series was sent. */
  readonly burstSent: number;
  /** Burst requests answered with a RequestLimitExceeded code. */
  readonly burstThrottled: number;
  /** Burst requests that got no judgeable answer (no HTTP answer, InternalError, an HTML 5xx page). */
  readonly burstFaults?: number;
  /** Milliseconds between issuing the first and the last burst request. */
  readonly burstIssueMs?: number;
  /** Milliseconds until the last burst answer arrived (reported, never an excuse). */
  readonly burstMs?: number;
  /** Requests sent paced under the limit, and how many of those were throttled. */
  readonly pacedSent: number;
  readonly pacedThrottled: number;
}

/** Findings, or why the observation cannot be judged (the case is then errored, never passed). */
export interface RateJudgement {
  readonly findings: readonly Finding[];
  readonly cannotJudge?: string;
}

/** A burst above the limit must see throttling; a paced series under it must not. */
export function rateLimitConformance(o: RateObservation): RateJudgement {
  const base = { check: 'rate_limit_conformance' as const, operation: o.operation, docs: o.docs, rule: 'rate.limit' };
  const findings: Finding[] = [];
  if (o.pacedThrottled > 0) {
    findings.push(finding({ ...base, severity: 'major', title: `Throttled below the documented ${o.limitPerSecond}/s`,
      detail: `${o.pacedThrottled} of ${o.pacedSent} requests paced under the limit got RequestLimitExceeded.` }));
  }
  const unjudged = burstUnjudged(o);
  if (unjudged !== undefined) return { findings, cannotJudge: unjudged };
  if (o.burstSent === 0) return { findings };
  const served = o.burstSent - o.burstThrottled;
  const took = o.burstMs === undefined ? '' : ` (the last answer came after ${Math.round(o.burstMs)} ms; answering late is not refusing)`;
  if (o.burstThrottled === 0) {
    findings.push(finding({ ...base, severity: 'major', title: `Rate limit of ${o.limitPerSecond}/s not enforced`,
      detail: `${o.burstSent} requests issued inside one second were all served${took}; the docs cap this action at ${o.limitPerSecond} per second and answer the excess with RequestLimitExceeded.` }));
  } else if (served > o.limitPerSecond) {
    findings.push(finding({ ...base, severity: 'minor', title: `More than ${o.limitPerSecond} requests served in one second`,
      detail: `${served} of ${o.burstSent} requests issued inside one second were served${took}.` }));
  }
  return { findings };
}

/** Why the burst says nothing about the limit, or undefined when it can be judged. */
function burstUnjudged(o: RateObservation): string | undefined {
  if (o.burstSent === 0) return o.pacedSent === 0 ? 'neither a burst nor a paced series was sent' : undefined;
  if (o.burstSent <= o.limitPerSecond) return `the burst of ${o.burstSent} is not over the limit of ${o.limitPerSecond}/s`;
  if ((o.burstIssueMs ?? 0) >= 1000) return `the burst's ${o.burstSent} requests could not be issued inside one second (${Math.round(o.burstIssueMs ?? 0)} ms)`;
  const faults = o.burstFaults ?? 0;
  if (faults > 0 && o.burstThrottled === 0) return `${faults} of ${o.burstSent} burst requests got no judgeable answer and none was throttled`;
  return undefined;
}
