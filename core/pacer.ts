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

/** Hands out send slots spaced evenly at `fraction` of each key's limit (0.9 leaves room for clock skew). */
export interface Pacer {
  /** Resolves when a request under `key` may be sent without exceeding `perSecond`. */
  readonly slot: (key: string, perSecond: number) => Promise<void>;
}

/** A pacer; slots are reserved synchronously, so concurrent callers queue in call order. */
export function createPacer(fraction = 0.9, clock: PacerClock = realClock): Pacer {
  const next = new Map<string, number>();
  return {
    slot: async (key, perSecond) => {
      const interval = 1000 / (perSecond * fraction);
      const now = clock.now();
      const at = Math.max(now, next.get(key) ?? now);
      next.set(key, at + interval);
      if (at > now) await clock.sleep(at - now);
    },
  };
}
