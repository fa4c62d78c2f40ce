import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { flatten } from './flatten.ts';
import { unflatten } from './unflatten.ts';
import { params, stringifyLeaves } from './testing/arbitraries.ts';

describe('flatten', () => {
  it('indexes arrays and names nested fields with dots', () => {
    const flat = flatten({
      AccountIds: ['100001', '100002'],
      Filters: [{ Name: 'blueprint-id', Values: ['lhbp-1', 'lhbp-2'] }],
      Limit: 20,
      DryRun: false,
      Big: 12345678901234567890n,
    });
    expect(flat).toEqual({
      'AccountIds.0': '100001',
      'AccountIds.1': '100002',
      'Filters.0.Name': 'blueprint-id',
      'Filters.0.Values.0': 'lhbp-1',
      'Filters.0.Values.1': 'lhbp-2',
      Limit: '20',
      DryRun: 'false',
      Big: '12345678901234567890',
    });
  });

  it('drops null, undefined and empty containers, as the wire form cannot carry them', () => {
    expect(flatten({ A: null, B: undefined, C: [], D: {}, E: [[]], F: 'kept' })).toEqual({ F: 'kept' });
  });

  it('keeps a __proto__ key as an ordinary own property', () => {
    const flat = flatten(JSON.parse('{"__proto__": {"x": "1"}}') as Record<string, unknown>);
    expect(Object.keys(flat)).toEqual(['__proto__.x']);
    expect(Object.getPrototypeOf(flat)).toBe(Object.prototype);
  });
});

describe('flatten ⇄ unflatten', () => {
  it('round-trips arbitrary nested params (leaves as strings)', () => {
    fc.assert(
      fc.property(params, (p) => {
        expect(unflatten(flatten(p))).toEqual({ ok: true, value: stringifyLeaves(p) });
      }),
      { numRuns: 300 },
    );
  });

  it('round-trips through pairs in any order', () => {
    fc.assert(
      fc.property(params, fc.infiniteStream(fc.nat()), (p, seeds) => {
        const pairs = Object.entries(flatten(p))
          .map((pair) => ({ pair, key: seeds.next().value }))
          .sort((a, b) => a.key - b.key)
          .map(({ pair }) => pair);
        const back = unflatten(pairs);
        expect(back.ok && flatten(back.value)).toEqual(flatten(stringifyLeaves(p) as Record<string, unknown>));
      }),
      { numRuns: 100 },
    );
  });
});
