import { describe, expect, it } from 'vitest';
import { manualClock } from '../rules/clock.ts';
import { createRateLimiter } from './rate-limiter.ts';

describe('createRateLimiter', () => {
  it('admits the limit within one second and refuses the next', () => {
    const clock = manualClock(1_000_000);
    const limiter = createRateLimiter(clock);
    const admitted = Array.from({ length: 21 }, () => limiter.admit('a/op', 20));
    expect(admitted.filter(Boolean)).toHaveLength(20);
    expect(admitted[20]).toBe(false);
  });

  it('slides: a request admitted at t leaves the window at t + 1000 ms', () => {
    const clock = manualClock(0);
    const limiter = createRateLimiter(clock);
    for (let i = 0; i < 10; i += 1) {
      expect(limiter.admit('k', 10)).toBe(true);
      clock.advance(50);
    }
    expect(limiter.admit('k', 10)).toBe(false);
    clock.set(999);
    expect(limiter.admit('k', 10)).toBe(false);
    clock.set(1000);
    expect(limiter.admit('k', 10)).toBe(true);
    expect(limiter.admit('k', 10)).toBe(false);
    clock.set(1050);
    expect(limiter.admit('k', 10)).toBe(true);
  });

  it('keeps keys apart and forgets everything on clear', () => {
    const clock = manualClock(0);
    const limiter = createRateLimiter(clock);
    expect(limiter.admit('a', 1)).toBe(true);
    expect(limiter.admit('a', 1)).toBe(false);
    expect(limiter.admit('b', 1)).toBe(true);
    limiter.clear();
    expect(limiter.admit('a', 1)).toBe(true);
  });

  it('refused requests do not count', () => {
    const clock = manualClock(0);
    const limiter = createRateLimiter(clock);
    expect(limiter.admit('a', 1)).toBe(true);
    clock.set(500);
    expect(limiter.admit('a', 1)).toBe(false);
    clock.set(1000);
    expect(limiter.admit('a', 1)).toBe(true);
  });
});
