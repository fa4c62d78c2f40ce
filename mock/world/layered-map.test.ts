import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LayeredMap, MAX_LAYERS } from './layered-map.ts';

type Op = { readonly kind: 'set'; readonly key: number; readonly value: string } | { readonly kind: 'delete'; readonly key: number };

const op: fc.Arbitrary<Op> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('set' as const), key: fc.integer({ min: 0, max: 12 }), value: fc.string({ maxLength: 3 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('delete' as const), key: fc.integer({ min: 0, max: 12 }) }) },
);

/** Everything a reader can observe of a map. */
function observe(map: ReadonlyMap<number, string>): unknown {
  const each: Array<[number, string]> = [];
  map.forEach((v, k) => each.push([k, v]));
  return { entries: [...map], keys: [...map.keys()], values: [...map.values()], each, size: map.size, gets: Array.from({ length: 14 }, (_, k) => [map.get(k), map.has(k)]) };
}

describe('LayeredMap', () => {
  it('behaves as a copied Map after any sequence of sets and deletes, past several foldings, and old versions never change', () => {
    fc.assert(fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 12 }), fc.string({ maxLength: 3 })), { maxLength: 8 }), fc.array(op, { maxLength: MAX_LAYERS * 3 }), (start, ops) => {
      let model = new Map(start);
      let layered = LayeredMap.of(new Map(start));
      const versions: Array<[ReadonlyMap<number, string>, unknown]> = [[layered, observe(model)]];
      for (const o of ops) {
        model = new Map(model);
        if (o.kind === 'set') {
          model.set(o.key, o.value);
          layered = layered.with(o.key, o.value);
        } else {
          model.delete(o.key);
          layered = layered.without(o.key);
        }
        expect(observe(layered)).toEqual(observe(model));
        versions.push([layered, observe(model)]);
      }
      for (const [version, seen] of versions) expect(observe(version)).toEqual(seen);
    }), { numRuns: 300 });
  });

  it('wraps a map once and hands a layered map back as it is', () => {
    const layered = LayeredMap.of(new Map([[1, 'a']]));
    expect(LayeredMap.of(layered)).toBe(layered);
    expect(layered.without(2)).toBe(layered);
  });
});
