import { afterEach, describe, expect, it, vi } from 'vitest';
import { createBodyDeadlines, type BodyDeadlines } from './body-deadlines.ts';

let deadlines: BodyDeadlines | undefined;
afterEach(() => {
  deadlines?.stop();
  vi.useRealTimers();
});

describe('body deadlines', () => {
  it('expires what is not released in time, in order, late by at most one sweep', () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'performance'] });
    deadlines = createBodyDeadlines(1_000, 100);
    const expired: string[] = [];
    deadlines.watch({ expire: () => expired.push('a') });
    const b = deadlines.watch({ expire: () => expired.push('b') });
    vi.advanceTimersByTime(500);
    deadlines.watch({ expire: () => expired.push('c') });
    deadlines.release(b);
    vi.advanceTimersByTime(499);
    expect(expired).toEqual([]);
    vi.advanceTimersByTime(101);
    expect(expired).toEqual(['a']);
    vi.advanceTimersByTime(500);
    expect(expired).toEqual(['a', 'c']);
  });

  it('expires nothing once stopped', () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'performance'] });
    deadlines = createBodyDeadlines(100, 10);
    let fired = 0;
    deadlines.watch({ expire: () => { fired += 1; } });
    deadlines.stop();
    vi.advanceTimersByTime(1_000);
    expect(fired).toBe(0);
  });
});
