// rate_limit_conformance: the documented per-action limit is enforced, and requests under it are not throttled.

import { finding, type Finding } from './finding.ts';

/** What a burst (or a paced series) of requests to one action got. */
export interface RateObservation {
  readonly operation: string;
  readonly limitPerSecond: number;
  readonly docs: readonly string[];
  /** Requests sent within one second in the burst; 0 when only a paced series was sent. */
  readonly burstSent: number;
  /** Burst requests answered with a RequestLimitExceeded code. */
  readonly burstThrottled: number;
  /** Requests sent paced under the limit, and how many of those were throttled. */
  readonly pacedSent: number;
  readonly pacedThrottled: number;
}

/** A burst above the limit must see throttling; a paced series under it must not. */
export function rateLimitConformance(o: RateObservation): Finding[] {
  const out: Finding[] = [];
  const base = { check: 'rate_limit_conformance' as const, operation: o.operation, docs: o.docs, rule: 'rate.limit' };
  if (o.burstSent > o.limitPerSecond && o.burstThrottled === 0) {
    out.push(finding({ ...base, severity: 'major', title: `Rate limit of ${o.limitPerSecond}/s not enforced`,
      detail: `${o.burstSent} requests inside one second were all served; the docs cap this action at ${o.limitPerSecond} per second.` }));
  }
  if (o.burstSent > 0 && o.burstSent - o.burstThrottled > o.limitPerSecond) {
    out.push(finding({ ...base, severity: 'minor', title: `More than ${o.limitPerSecond} requests served in one second`,
      detail: `${o.burstSent - o.burstThrottled} of ${o.burstSent} requests inside one second were served.` }));
  }
  if (o.pacedThrottled > 0) {
    out.push(finding({ ...base, severity: 'major', title: `Throttled below the documented ${o.limitPerSecond}/s`,
      detail: `${o.pacedThrottled} of ${o.pacedSent} requests paced under the limit got RequestLimitExceeded.` }));
  }
  return out;
}
