import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { spreadEvenly } from './interleave.ts';

describe('spreadEvenly', () => {
  it('spreads each key over the whole order, keeping each key\'s own order', () => {
    const items = [...'aaaaaa'].map((k, i) => `${k}${i}`).concat(['b0', 'b1'], ['c0']);
    expect(spreadEvenly(items, (s) => s[0] as string)).toEqual(['a0', 'a1', 'b0', 'a2', 'c0', 'a3', 'a4', 'b1', 'a5']);
  });

  it('is a permutation that keeps every key\'s order, and no key waits for the end (property)', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom('x', 'y', 'z', 'w'), { maxLength: 60 }), (keys) => {
      const items = keys.map((k, i) => ({ k, i }));
      const out = spreadEvenly(items, (t) => t.k);
      expect([...out].sort((a, b) => a.i - b.i)).toEqual(items);
      for (const k of new Set(keys)) {
        const own = out.filter((t) => t.k === k);
        expect(own.map((t) => t.i)).toEqual(items.filter((t) => t.k === k).map((t) => t.i));
        // A key's first item comes within the first half of the order plus one slot per other key.
        expect(out.indexOf(own[0]!)).toBeLessThanOrEqual(Math.ceil(out.length / 2) + new Set(keys).size);
      }
    }));
  });
});
