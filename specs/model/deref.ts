// Resolves `$ref`s (local `#/...` and cross-file `./common.yaml#/...`) into one self-contained tree.
import { isObject } from './json.ts';
import { getPointer } from './json-pointer.ts';
import type { JsonObject } from './spec-model.ts';

/** A dereferenced tree and the refs that could not be resolved (errors as values). */
export interface Dereffed {
  readonly value: unknown;
  readonly errors: readonly string[];
}

// Keywords that only annotate: a `$ref` with only these beside it can be merged into its target.
const ANNOTATIONS = new Set(['description', 'title', 'summary', 'examples', 'example', 'deprecated', 'default']);

/**
 * Returns `node` with every `$ref` replaced by its target, resolved relative to `file` among `files`.
 * A resolved node keeps its siblings (OpenAPI 3.1 allows them) and records where it came from in `x-tc-ref`.
 */
export function deref(node: unknown, file: string, files: ReadonlyMap<string, JsonObject>): Dereffed {
  const errors: string[] = [];
  const value = walk(node, file, files, [], errors);
  return { value, errors };
}

function walk(node: unknown, file: string, files: ReadonlyMap<string, JsonObject>, stack: readonly string[], errors: string[]): unknown {
  if (Array.isArray(node)) return node.map((item) => walk(item, file, files, stack, errors));
  if (!isObject(node)) return node;
  const entries = Object.entries(node).filter(([key]) => key !== '$ref');
  const siblings = Object.fromEntries(entries.map(([key, value]) => [key, walk(value, file, files, stack, errors)]));
  const ref = node['$ref'];
  if (typeof ref !== 'string') return siblings;
  const target = locate(ref, file);
  const id = `${target.file}#${target.pointer}`;
  if (stack.includes(id)) {
    errors.push(`${file}: circular $ref ${ref} (${[...stack, id].join(' → ')})`);
    return siblings;
  }
  const doc = files.get(target.file);
  const found = doc === undefined ? undefined : getPointer(doc, target.pointer);
  if (found === undefined) {
    errors.push(`${file}: cannot resolve $ref ${ref}`);
    return siblings;
  }
  const resolved = walk(found, target.file, files, [...stack, id], errors);
  return merge(resolved, siblings, id);
}

function merge(resolved: unknown, siblings: Record<string, unknown>, id: string): unknown {
  if (!isObject(resolved)) return resolved;
  const onlyAnnotations = Object.keys(siblings).every((key) => key.startsWith('x-') || ANNOTATIONS.has(key));
  if (onlyAnnotations) return { ...resolved, ...siblings, 'x-tc-ref': id };
  return { ...siblings, allOf: [{ ...resolved, 'x-tc-ref': id }] };
}

/** Splits a ref into the file it points into and the JSON pointer inside that file. */
export function locate(ref: string, fromFile: string): { readonly file: string; readonly pointer: string } {
  const hash = ref.indexOf('#');
  const filePart = hash < 0 ? ref : ref.slice(0, hash);
  const pointer = hash < 0 ? '' : ref.slice(hash + 1);
  const file = filePart === '' ? fromFile : filePart.replace(/^\.\//, '');
  return { file, pointer };
}
