// Whether the case on whose behalf a request is paced holds a lock other cases may be waiting for. Set around a
// case's body by conformance-case.ts and read by the broker client's pacer (broker-client.ts), so a lock holder's
// requests go first in their bucket (send-window-pacer.ts) without every call site passing it along.

import { AsyncLocalStorage } from 'node:async_hooks';

const current = new AsyncLocalStorage<() => boolean>();

/** Runs `fn` with `urgent` telling, at each request, whether the case holds what others wait for. */
export function withUrgency<T>(urgent: () => boolean, fn: () => Promise<T>): Promise<T> {
  return current.run(urgent, fn);
}

/** True when the current case holds what others wait for; false outside a case. */
export function isUrgent(): boolean {
  return current.getStore()?.() ?? false;
}
