// Per-key sliding one-second windows: at most `limit` admitted requests in any 1000 ms, the rest refused
// (RequestLimitExceeded). Keys are `<account>/<operation>`: the documented limits are per action per account.
import type { Clock } from '../rules/clock.ts';

/** Admits or refuses one request under a key. */
export interface RateLimiter {
  /** True when the request is admitted (and counted); false when the window is full. */
  readonly admit: (key: string, limit: number) => boolean;
  /** Forgets every window. */
  readonly clear: () => void;
}

const WINDOW_MS = 1000;

/** A limiter reading time from `clock`; memory is bounded by the keys in use times their limits. */
export function createRateLimiter(clock: Clock): RateLimiter {
  const windows = new Map<string, number[]>();
  return {
    admit(key, limit) {
      const now = clock.nowMs();
      const times = windows.get(key) ?? [];
      let first = 0;
      while (first < times.length && (times[first] as number) <= now - WINDOW_MS) first += 1;
      const live = first > 0 ? times.slice(first) : times;
      if (live.length >= limit) {
        windows.set(key, live);
        return false;
      }
      live.push(now);
      windows.set(key, live);
      return true;
    },
    clear: () => windows.clear(),
  };
}
