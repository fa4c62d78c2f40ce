import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { flattensLosslessly } from './flattens-losslessly.ts';
import { flatten } from './flatten.ts';
import { unflatten } from './unflatten.ts';

const stringify = (v: unknown): unknown => (Array.isArray(v) ? v.map(stringify) : v !== null && typeof v === 'object' ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, stringify(x)])) : String(v));

describe('flattensLosslessly', () => {
  it('flags empty arrays and objects at any depth', () => {
    expect(flattensLosslessly({ A: ['1'] })).toBe(true);
    expect(flattensLosslessly({ A: [] })).toBe(false);
    expect(flattensLosslessly({ F: [{ Name: 'n', Values: [] }] })).toBe(false);
    expect(flattensLosslessly({ F: [{}] })).toBe(false);
  });
  it('agrees with the flatten/unflatten round trip', () => {
    const leaf = fc.oneof(fc.string({ minLength: 1, maxLength: 3 }).filter((s) => !s.includes('.')), fc.integer());
    const key = fc.constantFrom('A', 'B', 'Name');
    const tree = fc.letrec((t) => ({ node: fc.oneof({ depthSize: 'small' }, leaf, fc.array(t('node'), { maxLength: 3 }), fc.dictionary(key, t('node'), { maxKeys: 3 })) }));
    fc.assert(fc.property(fc.dictionary(key, tree.node, { minKeys: 1, maxKeys: 3 }), (params) => {
      fc.pre(flattensLosslessly(params));
      const back = unflatten(flatten(params as Record<string, unknown>));
      expect(back.ok && back.value).toEqual(stringify(params));
    }));
  });
});
