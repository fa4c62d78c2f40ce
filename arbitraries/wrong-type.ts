// JSON values of another type than a parameter's (a number where a string belongs, a string for a list...).
import fc from 'fast-check';
import { matching } from './matching.ts';
import type { ParamNode } from './param-node.ts';
import { validValue } from './valid-value.ts';

/**
 * Values whose JSON type differs from `node`'s: only the type is wrong (a float for an integer stays within
 * the bounds; a bare item for a list is a valid item). They exist only in JSON: on the query wire every
 * value is a string.
 */
export function wrongType(node: ParamNode): fc.Arbitrary<unknown> {
  const text = matching('^[a-z0-9]{1,8}$');
  const object = fc.constant({});
  switch (node.type) {
    case 'string':
      return fc.oneof(fc.integer(), fc.boolean(), fc.constant(null), fc.array(text, { minLength: 1, maxLength: 2 }), object);
    case 'integer': {
      const low = node.minimum ?? -1000;
      const high = Math.max(low, (node.maximum ?? low + 1000) - 1);
      const inRange = fc.integer({ min: low, max: high });
      return fc.oneof(inRange.map(String), inRange.map((n) => n + 0.5), fc.boolean(), fc.constant(null), object);
    }
    case 'boolean':
      return fc.oneof(fc.constantFrom('true', 'false'), fc.integer({ min: 0, max: 1 }), fc.constant(null), object);
    case 'array': {
      const bare = node.items.type === 'array' ? text : validValue(node.items);
      return fc.oneof(bare, fc.integer(), fc.boolean(), fc.constant(null), object);
    }
    case 'object':
      return fc.oneof(text, fc.integer(), fc.boolean(), fc.constant(null), fc.array(text, { maxLength: 2 }));
  }
}
