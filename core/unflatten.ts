// The flat `Name.0.Sub` form → action parameters in JSON shape. Leaves stay strings: the consumer coerces them
// with its schema. Anything ambiguous (gap, duplicate, value-and-children, mixed indices and names) is an error.
import type { Params, Result } from './types.ts';

interface Node {
  leaf?: string;
  readonly children: Map<string, Node>;
}

/** Rebuilds nested params from flat names; `A=1&A.0=2`, `A.1=x` without `A.0`, or a repeated name → an error message. */
export function unflatten(flat: Readonly<Record<string, string>> | ReadonlyArray<readonly [string, string]>): Result<Params, string> {
  const pairs = Array.isArray(flat) ? (flat as ReadonlyArray<readonly [string, string]>) : Object.entries(flat);
  const root: Node = { children: new Map() };
  for (const [name, value] of pairs) {
    const problem = insert(root, name, value);
    if (problem !== undefined) return { ok: false, error: problem };
  }
  const entries: Array<[string, unknown]> = [];
  for (const [key, child] of root.children) {
    const built = build(child, key);
    if (!built.ok) return built;
    entries.push([key, built.value]);
  }
  return { ok: true, value: Object.fromEntries(entries) };
}

/** Deepest nesting a flat name may spell (the documented parameters need four: `Filters.0.Values.0`). Deeper names
 * are refused here rather than rebuilt, so a hostile name of 100,000 segments cannot exhaust the stack. */
export const MAX_NAME_DEPTH = 32;

function insert(root: Node, name: string, value: string): string | undefined {
  const segments = name.split('.', MAX_NAME_DEPTH + 1);
  if (segments.length > MAX_NAME_DEPTH) return `parameter name '${shown(name)}' nests deeper than ${MAX_NAME_DEPTH} levels`;
  if (segments.some((s) => s === '')) return `parameter name '${shown(name)}' has an empty segment`;
  let node = root;
  for (const [depth, segment] of segments.entries()) {
    if (node.leaf !== undefined) return `'${segments.slice(0, depth).join('.')}' has a value and also sub-parameters ('${name}')`;
    let next = node.children.get(segment);
    if (next === undefined) {
      next = { children: new Map() };
      node.children.set(segment, next);
    }
    node = next;
  }
  if (node.leaf !== undefined) return `parameter '${name}' appears more than once`;
  if (node.children.size > 0) return `'${name}' has a value and also sub-parameters ('${name}.${[...node.children.keys()][0]}')`;
  node.leaf = value;
  return undefined;
}

/** A name as messages show it: at most 100 characters. */
function shown(name: string): string {
  return name.length > 100 ? `${name.slice(0, 100)}…` : name;
}

function build(node: Node, path: string): Result<unknown, string> {
  if (node.leaf !== undefined) return { ok: true, value: node.leaf };
  const keys = [...node.children.keys()];
  const numeric = keys.filter((k) => /^\d+$/.test(k));
  if (numeric.length > 0 && numeric.length < keys.length) {
    const name = keys.find((k) => !/^\d+$/.test(k));
    return { ok: false, error: `'${path}' mixes array indices ('${path}.${numeric[0]}') and names ('${path}.${name}')` };
  }
  const entries: Array<[string, unknown]> = [];
  for (const [key, child] of node.children) {
    const built = build(child, `${path}.${key}`);
    if (!built.ok) return built;
    entries.push([key, built.value]);
  }
  return numeric.length === 0 ? { ok: true, value: Object.fromEntries(entries) } : toArray(entries, path);
}

function toArray(entries: Array<[string, unknown]>, path: string): Result<unknown, string> {
  const bad = entries.find(([k]) => !/^(0|[1-9]\d*)$/.test(k));
  if (bad !== undefined) return { ok: false, error: `'${path}.${bad[0]}' has a non-canonical index (leading zero)` };
  const items = new Array<unknown>(entries.length);
  for (const [key, value] of entries) {
    const index = Number(key);
    if (index >= entries.length) {
      const missing = Array.from({ length: entries.length }, (_, i) => i).find((i) => !entries.some(([k]) => Number(k) === i));
      return { ok: false, error: `'${path}' has a gap: index ${missing} is missing but '${path}.${key}' is present` };
    }
    items[index] = value;
  }
  return { ok: true, value: items };
}
