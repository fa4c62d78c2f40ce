// Request parameters a request shape accepts, with caller-pinned values.
import fc from 'fast-check';
import type { ObjectNode } from './param-node.ts';
import { validValue } from './valid-value.ts';

/** Arbitraries that pin parameters (e.g. to fixture values); a pinned parameter is always sent. */
export type Overrides<T = Readonly<Record<string, unknown>>> = { readonly [K in keyof T]?: fc.Arbitrary<T[K]> };

/**
 * Parameters `node` accepts: required ones always, optional ones sometimes, pinned ones always and from
 * their override. Of an exclusive group at most one is sent (the pinned one, else the first present).
 */
export function validParams(node: ObjectNode, overrides: Overrides = {}): fc.Arbitrary<Record<string, unknown>> {
  const pinned = Object.keys(overrides).filter((name) => overrides[name] !== undefined);
  const model: Record<string, fc.Arbitrary<unknown>> = {};
  for (const [name, sub] of Object.entries(node.properties)) model[name] = validValue(sub);
  for (const name of pinned) model[name] = overrides[name] as fc.Arbitrary<unknown>;
  const requiredKeys = [...new Set([...node.required, ...pinned])];
  const record = fc.record(model, { requiredKeys, noNullPrototype: true });
  const groups = node.exclusive ?? [];
  return groups.length === 0 ? record : record.map((params) => keepOnePerGroup(params, groups, pinned));
}

function keepOnePerGroup(
  params: Record<string, unknown>,
  groups: readonly (readonly string[])[],
  pinned: readonly string[],
): Record<string, unknown> {
  const out = { ...params };
  for (const group of groups) {
    const present = group.filter((name) => Object.hasOwn(out, name));
    const keep = present.filter((name) => pinned.includes(name));
    const kept = keep.length > 0 ? keep : present.slice(0, 1);
    for (const name of present) if (!kept.includes(name)) delete out[name];
  }
  return out;
}
