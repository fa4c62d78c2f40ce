// A pacer that counts what reached the target, not what it handed out: a request holds one unit of its key's
// budget from its slot until one second after its answer came back. When slots are granted in one process and
// the requests sent from others (the concurrent scheduler), a slow or busy sender can no longer bunch requests
// into one of the target's windows: at any grant, every request that could still land in the window that grant
// opens is counted, so no one-second window at the target ever sees more than the budget.
// Urgent callers (a case that holds a resource other cases wait for) are served before the rest, in call order
// among themselves: a lock holder's sequential requests must not queue behind every other case's, or the lock,
// and all that waits for it, is held for the length of the queue at each step.
// A key can be paused (the rate-limit case has its action's bucket to itself): its waiters, including those that
// queued before the pause, get nothing until `wake` finds it free again.

import { budgetOf, type PacerClock } from './pacer.ts';

const realClock: PacerClock = {
  now: () => performance.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

/** Slots that are given back once the request they paced was answered. */
export interface SendWindowPacer {
  /** Resolves when a request under `key` may be sent; the caller must call `done(key)` once it is answered. */
  readonly slot: (key: string, perSecond: number, urgent?: boolean) => Promise<void>;
  /** The request of one slot of `key` was answered (or failed): its unit frees a second from now. */
  readonly done: (key: string) => void;
  /** Grants again what the budget allows on every key that is no longer paused. */
  readonly wake: () => void;
}

interface Bucket {
  readonly key: string;
  /** Grant times of requests not answered yet (oldest first). */
  readonly outstanding: number[];
  /** Answer times within the last second. */
  readonly answered: number[];
  /** The last grant, for the minimum spacing of 1/limit. */
  last: number;
  /** Callers waiting for a unit: the urgent ones first, each kind in call order. */
  readonly waiting: { readonly perSecond: number; readonly urgent: boolean; readonly grant: () => void }[];
  timer: ReturnType<typeof setTimeout> | undefined;
}

/** A request whose answer never comes (a sender that died) stops holding its unit after this long. */
const LOST_MS = 120_000;

/** A send-window pacer using at most floor(`fraction` · limit) units per key; nothing is granted on a key while
 * `paused(key)` is true. */
export function createSendWindowPacer(fraction = 0.9, clock: PacerClock = realClock, paused: (key: string) => boolean = () => false): SendWindowPacer {
  const buckets = new Map<string, Bucket>();
  const bucketOf = (key: string): Bucket => {
    let b = buckets.get(key);
    if (b === undefined) buckets.set(key, (b = { key, outstanding: [], answered: [], last: -Infinity, waiting: [], timer: undefined }));
    return b;
  };

  // Grants what the budget allows now, in order; otherwise wakes up when the next unit frees (or, paused, on `wake`).
  const pump = (b: Bucket): void => {
    if (b.timer !== undefined) return;
    while (b.waiting.length > 0 && !paused(b.key)) {
      const next = b.waiting[0] as Bucket['waiting'][number];
      const now = clock.now();
      while (b.answered.length > 0 && (b.answered[0] as number) <= now - 1000) b.answered.shift();
      while (b.outstanding.length > 0 && (b.outstanding[0] as number) <= now - LOST_MS) b.outstanding.shift();
      const budget = budgetOf(next.perSecond, fraction);
      const inUse = b.answered.length + b.outstanding.length;
      const spacedAt = b.last + 1000 / next.perSecond;
      const freesAt = inUse < budget ? now : b.answered.length > 0 ? (b.answered[0] as number) + 1000 : Infinity;
      const at = Math.max(spacedAt, freesAt);
      if (at <= now) {
        b.waiting.shift();
        b.outstanding.push(now);
        b.last = now;
        next.grant();
        continue;
      }
      // Every unit is with an unanswered request: `done` pumps again.
      if (at === Infinity) return;
      b.timer = setTimeout(() => { b.timer = undefined; pump(b); }, Math.max(1, Math.ceil(at - now)));
      return;
    }
  };

  return {
    slot: (key, perSecond, urgent = false) => new Promise<void>((grant) => {
      const b = bucketOf(key);
      const at = urgent ? b.waiting.findIndex((w) => !w.urgent) : -1;
      b.waiting.splice(at === -1 ? b.waiting.length : at, 0, { perSecond, urgent, grant });
      pump(b);
    }),
    done: (key) => {
      const b = bucketOf(key);
      if (b.outstanding.shift() !== undefined) b.answered.push(clock.now());
      if (b.timer !== undefined) { clearTimeout(b.timer); b.timer = undefined; }
      pump(b);
    },
    wake: () => { for (const b of buckets.values()) pump(b); },
  };
}
