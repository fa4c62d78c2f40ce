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
