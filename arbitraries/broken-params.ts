// Valid parameters with exactly one thing broken at a path (nested items included).
import fc from 'fast-check';
import type { ArrayNode, ObjectNode, ParamNode } from './param-node.ts';
import { matching } from './matching.ts';
import { unknownName } from './unknown-name.ts';
import { validParams, type Overrides } from './valid-params.ts';
import { validValue } from './valid-value.ts';

/** What is broken at the end of the path: the value left out, replaced, or a name added beside it. */
export type Breach =
  | { readonly kind: 'omit' }
  | { readonly kind: 'set'; readonly value: fc.Arbitrary<unknown> }
  | { readonly kind: 'add'; readonly value: fc.Arbitrary<unknown> };

/**
 * Parameters valid everywhere except at `segments`. An array on the way keeps a valid length and gets the
 * broken item at a random position among valid ones; `overrides` pin the other top-level parameters.
 */
export function brokenParams(
  root: ObjectNode,
  segments: readonly string[],
  breach: Breach,
  overrides: Overrides = {},
): fc.Arbitrary<Record<string, unknown>> {
  const [head, ...rest] = segments;
  if (head === undefined) throw new Error('brokenParams: empty path');
  if (head === '*') {
    const defined = [...Object.keys(root.properties), ...Object.keys(overrides)];
    const value = breach.kind === 'add' ? breach.value : matching('^[a-z0-9]{1,8}$');
    return fc
      .tuple(validParams(root, overrides), unknownName(defined), value)
      .map(([params, name, extra]) => ({ ...params, [name]: extra }));
  }
  const others = Object.fromEntries(Object.entries(overrides).filter(([name]) => name !== head));
  if (rest.length === 0 && breach.kind === 'omit') return validParams(without(root, head), others);
  const child = root.properties[head];
  if (child === undefined) throw new Error(`brokenParams: no parameter ${head}`);
  return validParams(root, { ...others, [head]: brokenValue(child, rest, breach) });
}

function brokenValue(node: ParamNode, segments: readonly string[], breach: Breach): fc.Arbitrary<unknown> {
  if (segments.length === 0) {
    if (breach.kind !== 'set') throw new Error(`brokenValue: cannot ${breach.kind} a value`);
    return breach.value;
  }
  if (node.type === 'array' && segments[0] === '[]') return withBrokenItem(node, brokenValue(node.items, segments.slice(1), breach));
  if (node.type === 'object') return brokenParams(node, segments, breach);
  throw new Error(`brokenValue: path ${segments.join('.')} does not fit a ${node.type}`);
}

function withBrokenItem(node: ArrayNode, bad: fc.Arbitrary<unknown>): fc.Arbitrary<unknown[]> {
  const min = Math.max((node.minItems ?? 1) - 1, 0);
  const max = Math.max((node.maxItems ?? min + 4) - 1, min);
  return fc
    .tuple(fc.array(validValue(node.items), { minLength: min, maxLength: max }), bad, fc.nat())
    .map(([items, item, at]) => {
      const i = at % (items.length + 1);
      return [...items.slice(0, i), item, ...items.slice(i)];
    });
}

function without(node: ObjectNode, name: string): ObjectNode {
  const properties = Object.fromEntries(Object.entries(node.properties).filter(([key]) => key !== name));
  return { ...node, properties, required: node.required.filter((key) => key !== name) };
}
