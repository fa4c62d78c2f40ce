// Values over a documented maximum: lists longer than maxItems, integers above maximum, text over maxLength.
import fc from 'fast-check';
import type { ParamNode } from './param-node.ts';
import { validValue } from './valid-value.ts';

// How far past the limit a value may go.
const SPAN = 5;

/** Values just over `node`'s maximum (maxItems+1 .. maxItems+5 valid items, and so on); every item stays valid. */
export function overLimit(node: ParamNode): fc.Arbitrary<unknown> {
  if (node.type === 'array' && node.maxItems !== undefined) {
    return fc.array(validValue(node.items), { minLength: node.maxItems + 1, maxLength: node.maxItems + SPAN });
  }
  if (node.type === 'integer' && node.maximum !== undefined) {
    return fc.integer({ min: node.maximum + 1, max: node.maximum + 1000 });
  }
  if (node.type === 'string' && node.maxLength !== undefined && node.pattern === undefined && node.enum === undefined) {
    return fc.string({ minLength: node.maxLength + 1, maxLength: node.maxLength + SPAN });
  }
  throw new Error(`overLimit: the ${node.type} has no maximum to go over`);
}
