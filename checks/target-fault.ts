// Target faults: answers that say nothing about conformance (transport failures, overload, internal errors).
// A case that meets one is reported as errored, never as a conformance failure.

import type { Envelope, Exchange } from '../core/types.ts';

const FAULT_CODES = new Set(['InternalError', 'ServiceUnavailable', 'RequestLimitExceeded',
  'RequestLimitExceeded.UinLimitExceeded', 'RequestLimitExceeded.IPLimitExceeded',
  'RequestLimitExceeded.GlobalRegionUinLimitExceeded', 'ResourceUnavailable']);

/** Why the exchange is a target fault, or undefined when it is a real answer to judge. */
export function targetFault(exchange: Exchange, envelope: Envelope | undefined, expectedCodes: readonly string[] = []): string | undefined {
  if (exchange.failure !== undefined) return `${exchange.failure.code}: ${exchange.failure.message}`;
  const status = exchange.response?.status ?? 0;
  if (status >= 500 && envelope?.kind === 'neither') return `HTTP ${status} without an envelope`;
  if (envelope?.kind === 'error' && FAULT_CODES.has(envelope.code) && !expectedCodes.includes(envelope.code)) {
    return `${envelope.code}: ${envelope.message}`;
  }
  return undefined;
}
