// Values a parameter shape accepts.
import fc from 'fast-check';
import { matching } from './matching.ts';
import type { ParamNode } from './param-node.ts';

// How many items an array without a documented maximum gets beyond its minimum.
const EXTRA_ITEMS = 4;

// Arbitraries per shape node, built once: shapes are constant literals and arbitraries are immutable.
const cache = new WeakMap<ParamNode, fc.Arbitrary<unknown>>();

/** An arbitrary of values `node` accepts (IDs from their pattern, enums from their values, bounded lists). */
export function validValue(node: ParamNode): fc.Arbitrary<unknown> {
  const known = cache.get(node);
  if (known !== undefined) return known;
  const arb = build(node);
  cache.set(node, arb);
  return arb;
}

function build(node: ParamNode): fc.Arbitrary<unknown> {
  switch (node.type) {
    case 'string':
      if (node.enum !== undefined) return fc.constantFrom(...node.enum);
      if (node.pattern !== undefined) return matching(node.pattern);
      return fc.string({ minLength: node.minLength ?? 0, maxLength: node.maxLength ?? 16 });
    case 'integer':
      return fc.integer({ min: node.minimum ?? -(2 ** 31), max: node.maximum ?? 2 ** 31 - 1 });
    case 'boolean':
      return fc.boolean();
    case 'array': {
      const minLength = node.minItems ?? 0;
      return fc.array(validValue(node.items), { minLength, maxLength: node.maxItems ?? minLength + EXTRA_ITEMS });
    }
    case 'object': {
      const model = Object.fromEntries(Object.entries(node.properties).map(([name, sub]) => [name, validValue(sub)]));
      return fc.record(model, { requiredKeys: [...node.required], noNullPrototype: true });
    }
  }
}
