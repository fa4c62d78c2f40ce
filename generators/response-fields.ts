// The fields a response schema knows, per object path (`Response.BlueprintSet[]`): what unknown-field drift
// is measured against, and where per-site nullability and doc-conflict marks sit.
import { isObject, stringAt, stringsAt } from '../specs/model/json.ts';
import type { ConflictMark, KnownFields } from '../specs/model/site-contract.ts';

const BRANCHES = ['allOf', 'oneOf', 'anyOf'];

/** Every object path of `schema` with the names it declares. */
export function knownFields(schema: unknown): KnownFields {
  const out = new Map<string, Set<string>>();
  walk(schema, '', (node, path) => {
    if (!isObject(node['properties'])) return;
    const names = out.get(path) ?? new Set<string>();
    for (const name of Object.keys(node['properties'])) names.add(name);
    out.set(path, names);
  });
  return Object.fromEntries([...out].sort(([a], [b]) => (a < b ? -1 : 1)).map(([p, names]) => [p, [...names].sort()]));
}

/** Every property node carrying `x-tc-doc-conflict`, with its path and how an answer meets it. */
export function conflictMarks(schema: unknown): readonly ConflictMark[] {
  const out: ConflictMark[] = [];
  walk(schema, '', (node, path) => {
    const conflict = stringAt(node, 'x-tc-doc-conflict');
    if (conflict === undefined || path === '') return;
    const nullableOn = stringsAt(node, 'x-tc-nullable-sites');
    const pattern = stringAt(node, 'x-tc-documented-pattern');
    const offeredOn = stringsAt(node, 'x-tc-sites');
    if (nullableOn.length === 0 && pattern === undefined && offeredOn.length === 0) return;
    out.push({ path, conflict, ...(nullableOn.length > 0 ? { nullableOn } : {}), ...(pattern === undefined ? {} : { documentedPattern: pattern }),
      ...(offeredOn.length > 0 ? { offeredOn } : {}) });
  });
  const seen = new Set<string>();
  return out.filter((m) => !seen.has(`${m.path}|${m.conflict}`) && seen.add(`${m.path}|${m.conflict}`) !== undefined);
}

function walk(node: unknown, path: string, visit: (node: Readonly<Record<string, unknown>>, path: string) => void, depth = 0): void {
  if (!isObject(node) || depth > 40) return;
  visit(node, path);
  for (const key of BRANCHES) {
    const list = node[key];
    if (Array.isArray(list)) for (const branch of list) walk(branch, path, visit, depth + 1);
  }
  if (isObject(node['properties'])) {
    for (const [name, sub] of Object.entries(node['properties'])) walk(sub, path === '' ? name : `${path}.${name}`, visit, depth + 1);
  }
  if (isObject(node['items'])) walk(node['items'], `${path}[]`, visit, depth + 1);
}
