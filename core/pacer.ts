// Pacing: keeps a client under a documented requests-per-second limit, per key (one key per action).

/** Clock and sleep, injectable so tests need no real time. */
export interface PacerClock {
  readonly now: () => number;
  readonly sleep: (ms: number) => Promise<void>;
}

const realClock: PacerClock = {
  now: () => performance.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

/** Requests a pacer lets through in any one second: floor(fraction · limit), at least one. */
export function budgetOf(perSecond: number, fraction: number): number {
  return Math.max(1, Math.floor(perSecond * fraction + 1e-9));
}

/** Hands out send slots: at most `fraction` of each key's limit in any one second (0.9 leaves room for clock skew). */
export interface Pacer {
  /** Resolves when a request under `key` may be sent without exceeding `perSecond`; `urgent` callers (holding what
   * others wait for) go first where a pacer serves several cases at once. */
  readonly slot: (key: string, perSecond: number, urgent?: boolean) => Promise<void>;
  /** The request of a slot under `key` was answered (pacers that count answers, send-window-pacer.ts). */
  readonly done?: (key: string) => void;
}

/**
 * A pacer; slots are reserved synchronously, so concurrent callers queue in call order. A slot waits until
 * fewer than floor(fraction · limit) slots lie in the second before it (the window the vendor counts in), and
 * never comes sooner than 1/limit after the previous one. Time a caller spends between requests (checking an
 * answer, starting the next case) is therefore made up for within the window instead of lost, as it was when
 * slots were spaced evenly from the last one: a live run keeps using `fraction` of the budget.
 */
export function createPacer(fraction = 0.9, clock: PacerClock = realClock): Pacer {
  const reserved = new Map<string, number[]>();
  return {
    slot: async (key, perSecond) => {
      const budget = budgetOf(perSecond, fraction);
      const times = reserved.get(key) ?? [];
      const now = clock.now();
      const last = times.at(-1);
      let at = last === undefined ? now : Math.max(now, last + 1000 / perSecond);
      if (times.length >= budget) at = Math.max(at, (times[times.length - budget] as number) + 1000);
      times.push(at);
      if (times.length > budget) times.splice(0, times.length - budget);
      reserved.set(key, times);
      if (at > now) await clock.sleep(at - now);
    },
  };
}
