// When a request may be sent again: only read-only operations (observers cannot change the target, so a second
// copy is harmless), only after answers that say nothing about conformance (which those are: transientReason in
// checks/target-fault.ts), at most `attempts` times with exponential backoff and jitter. Mutations are never
// re-sent: a case reads the share state back instead (read-back-effect.ts).
import type { Operation } from '../../generated/operations.ts';

/** Attempts in all (the first one included) and the backoff before the second; it doubles after that. After
 * `unreachableCalls` calls in a row got no HTTP answer at all, the target is taken for dead and calls stop retrying
 * (one attempt each) until it answers again, so a run against a dead target ends fast, as errored. */
export const RETRY = { attempts: 3, baseDelayMs: 250, maxDelayMs: 4_000, unreachableCalls: 3 } as const;

/** Whether `op` may be retried at all. */
export function mayRetry(op: Operation): boolean {
  return op.safety === 'read-only';
}

/** The pause before attempt `attempt` (2, 3, …): base × 2^(attempt-2), capped, with ±25 % jitter from `random`. */
export function backoffMs(attempt: number, random: () => number = Math.random): number {
  const plain = Math.min(RETRY.maxDelayMs, RETRY.baseDelayMs * 2 ** Math.max(0, attempt - 2));
  return Math.round(plain * (0.75 + random() * 0.5));
}
