// The fields of a (dereferenced) request or response schema by path, with what the reconciliation compares:
// JSON types, nullability, required, the limit keywords, and the x-tc marks that record decisions.
import { isObject, stringAt, stringsAt } from '../../model/json.ts';
import type { JsonObject } from '../../model/spec-model.ts';

/** One field as the spec states it. */
export interface SpecField {
  readonly path: string;
  /** JSON types other than null. */
  readonly types: readonly string[];
  readonly nullable: boolean;
  /** The JSON type of an array's items. */
  readonly items?: string;
  readonly required: boolean;
  /** Limit keywords present on the field (maxItems, maximum, minItems, minimum, maxLength, pattern, enum). */
  readonly keywords: Readonly<Record<string, unknown>>;
  /** Every x-tc-* annotation found on the field's node and its branches. */
  readonly marks: Readonly<Record<string, unknown>>;
  /** The sites the field is limited to: its own x-tc-sites, else its parent field's (undefined: not limited). */
  readonly sites?: readonly string[];
}

const LIMITS = ['maxItems', 'maximum', 'minItems', 'minimum', 'maxLength', 'pattern', 'enum'];
const BRANCHES = ['allOf', 'oneOf', 'anyOf'];

interface Flat {
  types: Set<string>;
  props: Map<string, JsonObject[]>;
  required: Set<string>;
  keywords: Record<string, unknown>;
  marks: Record<string, unknown>;
  items: JsonObject[];
}

/** Every field of `schema` below `prefix`; an error branch (one requiring Error) is left out. */
export function specFields(schema: JsonObject, prefix = ''): readonly SpecField[] {
  const out: SpecField[] = [];
  visit([schema], prefix, out, 0, undefined);
  return out;
}

function visit(nodes: readonly JsonObject[], prefix: string, out: SpecField[], depth: number, parentSites: readonly string[] | undefined): void {
  if (depth > 12) return;
  const flat = flatten(nodes);
  for (const [name, sub] of flat.props) {
    const path = prefix === '' ? name : `${prefix}.${name}`;
    const f = flatten(sub);
    const items = f.items.length > 0 ? [...flatten(f.items).types].find((t) => t !== 'null') : undefined;
    const sites = sitesMark(f.marks) ?? parentSites;
    out.push({ path, types: [...f.types].filter((t) => t !== 'null').sort(), nullable: f.types.has('null'), ...(items ? { items } : {}),
      required: flat.required.has(name), keywords: f.keywords, marks: f.marks, ...(sites ? { sites } : {}) });
    visit(sub, path, out, depth + 1, sites);
    if (f.items.length > 0) visit(f.items, `${path}[]`, out, depth + 1, sites);
  }
}

function flatten(nodes: readonly JsonObject[]): Flat {
  const flat: Flat = { types: new Set(), props: new Map(), required: new Set(), keywords: {}, marks: {}, items: [] };
  const add = (node: JsonObject, depth: number): void => {
    if (depth > 12 || stringsAt(node, 'required').includes('Error')) return;
    const type = node['type'];
    for (const t of typeof type === 'string' ? [type] : Array.isArray(type) ? type : []) if (typeof t === 'string') flat.types.add(t);
    if (isObject(node['properties'])) {
      for (const [k, v] of Object.entries(node['properties'])) if (isObject(v)) flat.props.set(k, [...(flat.props.get(k) ?? []), v]);
      if (!flat.types.size) flat.types.add('object');
    }
    for (const r of stringsAt(node, 'required')) flat.required.add(r);
    for (const k of LIMITS) if (node[k] !== undefined) flat.keywords[k] = node[k];
    for (const [k, v] of Object.entries(node)) if (k.startsWith('x-tc-') && k !== 'x-tc-ref') flat.marks[k] = v;
    if (isObject(node['items'])) flat.items.push(node['items']);
    for (const key of BRANCHES) {
      const list = node[key];
      if (Array.isArray(list)) for (const b of list) if (isObject(b)) add(b, depth + 1);
    }
  };
  for (const n of nodes) add(n, 0);
  return flat;
}

/** The sites a node is limited to (`x-tc-sites`), or undefined for both. */
export function sitesMark(marks: Readonly<Record<string, unknown>>): readonly string[] | undefined {
  const sites = stringsAt(marks, 'x-tc-sites');
  return sites.length > 0 ? sites : undefined;
}

/** The doc-conflict id a node is tied to. */
export function conflictMark(marks: Readonly<Record<string, unknown>>): string | undefined {
  return stringAt(marks, 'x-tc-doc-conflict');
}
