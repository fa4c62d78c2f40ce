// Deadlines of the request bodies still arriving, kept in one set and swept by one timer: a request costs a set
// insertion and removal, not a timer of its own (the mock answers thousands a second).

/** What a deadline calls when it passes. */
export interface Expiring {
  expire(): void;
}

/** A body read being watched. */
export interface PendingBody {
  readonly deadline: number;
  readonly target: Expiring;
}

/** The deadlines of one server. */
export interface BodyDeadlines {
  /** Calls `target.expire()` once `timeoutMs` pass, unless `release` comes first. */
  readonly watch: (target: Expiring) => PendingBody;
  readonly release: (pending: PendingBody) => void;
  /** Stops the sweep; nothing pending expires after this. */
  readonly stop: () => void;
}

/** Deadlines of `timeoutMs`, checked every `sweepMs` (a quarter second unless told), so late by at most that. */
export function createBodyDeadlines(timeoutMs: number, sweepMs = Math.min(250, Math.max(1, timeoutMs))): BodyDeadlines {
  const pending = new Set<PendingBody>();
  const sweep = () => {
    const now = performance.now();
    // Insertion order is deadline order (one timeout for all): the first one not due ends the sweep.
    for (const p of pending) {
      if (p.deadline > now) break;
      pending.delete(p);
      p.target.expire();
    }
  };
  const timer = setInterval(sweep, sweepMs);
  timer.unref();
  return {
    watch: (target) => {
      const p = { deadline: performance.now() + timeoutMs, target };
      pending.add(p);
      return p;
    },
    release: (p) => {
      pending.delete(p);
    },
    stop: () => {
      clearInterval(timer);
      pending.clear();
    },
  };
}
