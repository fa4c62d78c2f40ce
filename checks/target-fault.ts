// Target faults: answers that say nothing about conformance (transport failures, overload, internal errors).
// The one list of them. A case that meets one is reported as errored, never as a conformance failure
// (targetFault); the harness screens the calls a case makes directly with the same list less throttling, which
// rate-limit cases judge (screenedClient), and sends a read-only request again after a transient one
// (transientReason).

import type { Envelope, Exchange } from '../core/types.ts';

/** What a fault code says: the target failed inside, it throttles, or it is not serving. */
export type FaultClass = 'internal' | 'throttled' | 'unavailable';

/** Error codes that are target faults, by class. Only these exact codes make a case errored: a subcode such as
 * `InternalError.RequestError` is an answer the spec documents for its action, judged like any other. */
const FAULT_CODES: Readonly<Record<string, FaultClass>> = {
  InternalError: 'internal',
  RequestLimitExceeded: 'throttled',
  'RequestLimitExceeded.UinLimitExceeded': 'throttled',
  'RequestLimitExceeded.IPLimitExceeded': 'throttled',
  'RequestLimitExceeded.GlobalRegionUinLimitExceeded': 'throttled',
  ServiceUnavailable: 'unavailable',
  ResourceUnavailable: 'unavailable',
};

/** Classes whose answers may differ on a second attempt: any code of their family (`InternalError.*`) is retried. */
const TRANSIENT: ReadonlySet<FaultClass> = new Set(['internal', 'throttled']);

/** The throttling codes: answers about the rate limit, which rate-limit cases judge. */
export const THROTTLING_CODES: readonly string[] = Object.keys(FAULT_CODES).filter((c) => FAULT_CODES[c] === 'throttled');

/** The class of fault `code` is, or undefined when it is an answer to judge. */
export function faultClassOf(code: string): FaultClass | undefined {
  return FAULT_CODES[code];
}

/** Whether `code` says "try again later", not "this request is wrong": a code of a transient class or its family. */
export function isRetryableCode(code: string): boolean {
  const cls = faultClassOf(code) ?? faultClassOf(code.split('.')[0] ?? code);
  return cls !== undefined && TRANSIENT.has(cls);
}

/** Why the exchange is a target fault, or undefined when it is a real answer to judge. */
export function targetFault(exchange: Exchange, envelope: Envelope | undefined, expectedCodes: readonly string[] = []): string | undefined {
  if (exchange.failure !== undefined) return `${exchange.failure.code}: ${exchange.failure.message}`;
  const status = exchange.response?.status ?? 0;
  if (status >= 500 && envelope?.kind === 'neither') return `HTTP ${status} without an envelope`;
  if (envelope?.kind === 'error' && faultClassOf(envelope.code) !== undefined && !expectedCodes.includes(envelope.code)) {
    return `${envelope.code}: ${envelope.message}`;
  }
  return undefined;
}

/** Why this answer may change on a second attempt (no HTTP answer, any HTTP 5xx, a retryable code), or undefined
 * when it stands. Only read-only requests are ever sent again (suites/harness/retry-policy.ts). */
export function transientReason(exchange: Exchange, envelope: Envelope): string | undefined {
  if (exchange.failure !== undefined) return `${exchange.failure.code}: ${exchange.failure.message}`;
  const status = exchange.response?.status ?? 0;
  if (status >= 500) return `HTTP ${status}${envelope.kind === 'neither' ? ' without an envelope' : ''}`;
  if (envelope.kind === 'error' && isRetryableCode(envelope.code)) return envelope.code;
  return undefined;
}
