import { describe, expect, it } from 'vitest';
import { rateBound } from './rate-bound.ts';

describe('rate bound', () => {
  it('is the busiest bucket\'s requests over its allowed rate', () => {
    const limits = new Map([['cvm.DescribeImages', 10], ['lighthouse.DescribeBlueprints', 20]]);
    const entries = [...Array.from({ length: 90 }, () => ({ operation: 'cvm.DescribeImages' })), ...Array.from({ length: 150 }, () => ({ operation: 'lighthouse.DescribeBlueprints' })), {}, { operation: 'unknown.Action' }];
    const b = rateBound(entries, limits, 0.9);
    expect(b.seconds).toBe(10);
    expect(b.busiest).toBe('cvm.DescribeImages: 90 requests at 9/s');
    expect(b.buckets.map((x) => x.operation)).toEqual(['cvm.DescribeImages', 'lighthouse.DescribeBlueprints']);
  });
  it('is zero for no requests', () => {
    expect(rateBound([], new Map(), 0.9).seconds).toBe(0);
  });
});
