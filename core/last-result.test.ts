import { describe, expect, it } from 'vitest';
import { lastResult } from './last-result.ts';

describe('lastResult', () => {
  it('computes once for a repeated argument, again for a new one, and again when an old one comes back', () => {
    const seen: string[] = [];
    const upper = lastResult((s: string) => {
      seen.push(s);
      return s.toUpperCase();
    });
    expect([upper('a'), upper('a'), upper('b'), upper('a')]).toEqual(['A', 'A', 'B', 'A']);
    expect(seen).toEqual(['a', 'b', 'a']);
  });

  it('remembers undefined and NaN-free numbers like any other argument', () => {
    let calls = 0;
    const f = lastResult((k: number | undefined) => {
      calls += 1;
      return String(k);
    });
    expect([f(undefined), f(undefined), f(0), f(0)]).toEqual(['undefined', 'undefined', '0', '0']);
    expect(calls).toBe(2);
  });
});
