// Per-key sliding one-second windows: at most `limit` admitted requests in any 1000 ms, the rest refused
// (RequestLimitExceeded). Keys are `<account>/<operation>`: the documented limits are per action per account.
import type { Clock } from '../rules/clock.ts';

/** Admits or refuses one request under a key. */
export interface RateLimiter {
  /** True when the request is admitted (and counted); false when the window is full. */
  readonly admit: (key: string, limit: number) => boolean;
  /** Books the first free place in the key's window (from now on) and returns how many ms away it is. */
  readonly reserve: (key: string, limit: number) => number;
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
    reserve(key, limit) {
      const now = clock.nowMs();
      const times = windows.get(key) ?? [];
      // Booked times may lie ahead of now; the place is free once the limit-th latest one has left its window.
      const at = times.length < limit ? now : Math.max(now, (times[times.length - limit] as number) + WINDOW_MS);
      times.push(at);
      windows.set(key, times);
      return at - now;
    },
    clear: () => windows.clear(),
  };
}
