import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createPacer, type PacerClock } from './pacer.ts';

function fakeClock(): PacerClock & { sent: number[] } {
  let t = 0;
  const sent: number[] = [];
  return { sent, now: () => t, sleep: async (ms) => { t += ms; } };
}

describe('createPacer', () => {
  it('never lets more than the limit through in any one-second window', async () => {
    await fc.assert(fc.asyncProperty(fc.integer({ min: 1, max: 50 }), fc.integer({ min: 1, max: 200 }), async (limit, n) => {
      const clock = fakeClock();
      const pacer = createPacer(0.9, clock);
      for (let i = 0; i < n; i++) {
        await pacer.slot('a', limit);
        clock.sent.push(clock.now());
      }
      for (const start of clock.sent) {
        const inWindow = clock.sent.filter((t) => t >= start && t < start + 1000).length;
        expect(inWindow).toBeLessThanOrEqual(limit);
      }
    }), { numRuns: 100 });
  });

  it('reaches at least the requested fraction of the limit', async () => {
    const clock = fakeClock();
    const pacer = createPacer(0.9, clock);
    for (let i = 0; i < 91; i++) await pacer.slot('a', 20);
    // 91 slots at 18/s span 90 intervals of 1/18 s = 5 s.
    expect(clock.now()).toBeCloseTo(5000, 0);
  });

  it('paces keys independently', async () => {
    const clock = fakeClock();
    const pacer = createPacer(1, clock);
    await pacer.slot('a', 10);
    await pacer.slot('b', 10);
    expect(clock.now()).toBe(0);
    await pacer.slot('a', 10);
    expect(clock.now()).toBe(100);
  });
});

describe('createPacer after pauses', () => {
  it('makes up for time the caller spends between requests, within the one-second window', async () => {
    const clock = fakeClock();
    const pacer = createPacer(0.9, clock);
    // After every 18th request the caller pauses 100 ms (starting the next case). Slots spaced evenly from the
    // last one lost that time (16.4 a second); the window keeps 18 in every second.
    for (let i = 1; i <= 90; i++) {
      await pacer.slot('a', 20);
      clock.sent.push(clock.now());
      if (i % 18 === 0) await clock.sleep(100);
    }
    const perSecond = [0, 1, 2, 3].map((s) => clock.sent.filter((t) => t >= s * 1000 && t < (s + 1) * 1000).length);
    expect(perSecond).toEqual([18, 18, 18, 18]);
  });

  it('after a long pause sends no faster than the limit itself', async () => {
    const clock = fakeClock();
    const pacer = createPacer(0.9, clock);
    await pacer.slot('a', 10);
    await clock.sleep(5000);
    const start = clock.now();
    await pacer.slot('a', 10);
    await pacer.slot('a', 10);
    expect(clock.now() - start).toBe(100);
  });
});
