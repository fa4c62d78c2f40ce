// The bench's pure arithmetic: percentiles, the linear fit, ratios and targets, per-second pacing counts.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { median, percentile } from '../core/percentile.ts';
import { linearFit } from './linear-fit.ts';
import { figure, ratio } from './figure.ts';
import { pacingStats, peakWindow, perSecondCounts, steadySeconds } from './pacing-stats.ts';
import { childrenCpuMs, parseChildrenCpu, parseProcStat } from './proc-cpu.ts';
import { pairOrder } from './run-versus-baseline.ts';
import { spawnSync } from 'node:child_process';

describe('percentile', () => {
  it('uses the nearest rank', () => {
    expect(percentile([15, 20, 35, 40, 50], 30)).toBe(20);
    expect(percentile([15, 20, 35, 40, 50], 100)).toBe(50);
    expect(percentile([3, 1, 2], 50)).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2);
    expect(percentile([], 99)).toBeNaN();
    expect(() => percentile([1], 0)).toThrow(RangeError);
  });

  it('is one of the values and at least p% of them are at or below it', () => {
    fc.assert(fc.property(fc.array(fc.integer(), { minLength: 1 }), fc.integer({ min: 1, max: 100 }), (values, p) => {
      const v = percentile(values, p);
      expect(values).toContain(v);
      expect(values.filter((x) => x <= v).length / values.length).toBeGreaterThanOrEqual(p / 100);
    }));
  });
});

describe('linearFit', () => {
  it('recovers a line exactly', () => {
    const fit = linearFit([25, 50, 100, 200].map((x) => ({ x, y: 8 + 0.1 * x })));
    expect(fit.slope).toBeCloseTo(0.1, 10);
    expect(fit.intercept).toBeCloseTo(8, 10);
    expect(fit.r2).toBeCloseTo(1, 10);
  });

  it('reports scatter in r² and refuses degenerate input', () => {
    expect(linearFit([{ x: 0, y: 0 }, { x: 1, y: 2 }, { x: 2, y: 0 }]).r2).toBeCloseTo(0, 10);
    expect(() => linearFit([{ x: 1, y: 1 }])).toThrow(RangeError);
    expect(() => linearFit([{ x: 1, y: 1 }, { x: 1, y: 2 }])).toThrow(RangeError);
  });
});

describe('figure', () => {
  it('judges against the target, and NaN never meets one', () => {
    expect(figure('k', 'l', 0.6, '×', '', { op: '>=', value: 0.5 }).meets).toBe(true);
    expect(figure('k', 'l', 21, 's', '', { op: '<=', value: 20 }).meets).toBe(false);
    expect(figure('k', 'l', Number.NaN, 's', '', { op: '<=', value: 20 }).meets).toBe(false);
    expect(figure('k', 'l', 1, 's', '').meets).toBeUndefined();
    expect(ratio(1, 4)).toBe(0.25);
    expect(ratio(1, 0)).toBeNaN();
  });
});

describe('pacing statistics', () => {
  it('counts per one-second bin from the first arrival', () => {
    expect(perSecondCounts([1000, 1500, 2999, 3000, 5100])).toEqual([2, 1, 1, 0, 1]);
    expect(perSecondCounts([])).toEqual([]);
  });

  it('finds the busiest sliding second', () => {
    expect(peakWindow([0, 100, 999, 1000, 1001])).toBe(4);
    expect(peakWindow([0, 1000, 2000])).toBe(1);
  });

  it('takes the median of the steady seconds inside stretches of sending', () => {
    // 18 a second (every 50 ms, then a pause) for 5 s, then 2 in a last partial second.
    const times = [...Array.from({ length: 90 }, (_, i) => Math.floor(i / 18) * 1000 + (i % 18) * 50), 5000, 5100];
    const s = pacingStats(times, 20);
    expect(s.medianPerSecond).toBe(18);
    expect(s.fraction).toBeCloseTo(0.9, 10);
    expect(s.busySeconds).toBe(4);
    expect(s.peakWindow).toBe(18);
  });

  it('leaves out the edges of every stretch and stretches too short to have an inside', () => {
    expect(steadySeconds([12, 18, 18, 18, 12, 0, 0, 3, 5, 0, 1])).toEqual([18, 18, 18]);
    expect(steadySeconds([4, 18, 18, 2, 0, 7, 9, 8])).toEqual([18, 18, 9]);
    expect(steadySeconds([5, 5])).toEqual([]);
    const busy = (start: number) => Array.from({ length: 54 }, (_, i) => start + Math.floor(i / 18) * 1000 + (i % 18) * 50);
    const s = pacingStats([...busy(0), ...busy(10_000), 20_500], 20);
    expect(s.busySeconds).toBe(2);
    expect(s.fraction).toBeCloseTo(0.9, 10);
  });
});

describe('parseProcStat', () => {
  it('adds user and system ticks (fields 14 and 15) and counts past a command name with spaces and parentheses', () => {
    const fields = (name: string) => `4242 (${name}) S 1 4242 4242 0 -1 4194560 1000 0 0 0 250 37 0 0 20 0 11 0 12345 1000000 5000 18446744073709551615`;
    expect(parseProcStat(fields('node'))).toBe(2870);
    expect(parseProcStat(fields('my (odd) server'))).toBe(2870);
  });

  it('is NaN for text that is not a stat line', () => {
    expect(parseProcStat('')).toBeNaN();
    expect(parseProcStat('4242 (node) S 1')).toBeNaN();
  });
});

describe('parseChildrenCpu', () => {
  it('adds the waited-for children\'s user and system ticks (fields 16 and 17), not the process\'s own', () => {
    const line = '4242 (my (odd) server) S 1 4242 4242 0 -1 4194560 1000 0 0 0 250 37 1200 34 20 0 11 0 12345 1000000 5000';
    expect(parseChildrenCpu(line)).toBe(12340);
    expect(parseProcStat(line)).toBe(2870);
    expect(parseChildrenCpu('4242 (node) S 1 4242 4242 0 -1 4194560 1000 0 0 0 250 37')).toBeNaN();
  });

  it('grows by at least what an ended child reports it used itself (to a tick of 10 ms each for user and system)', () => {
    const before = childrenCpuMs();
    // A fixed amount of work, not a wall-clock loop: on a loaded machine the child gets less CPU per second.
    const child = spawnSync(process.execPath, ['-e', 'let h = 0; for (let i = 0; i < 2e8; i++) h = (h * 31 + i) | 0; const u = process.cpuUsage(); console.log((u.user + u.system) / 1000, h);'], { encoding: 'utf8' });
    const own = Number(child.stdout.split(' ')[0]);
    expect(own).toBeGreaterThan(50);
    expect(childrenCpuMs() - before).toBeGreaterThanOrEqual(own - 20);
  });
});

describe('pairOrder', () => {
  it('alternates which side of a pair runs first, and runs both in every pair', () => {
    expect([0, 1, 2, 3].map((i) => pairOrder(i)[0])).toEqual(['this', 'baseline', 'this', 'baseline']);
    for (const i of [0, 1, 7]) expect([...pairOrder(i)].sort()).toEqual(['baseline', 'this']);
  });
});
