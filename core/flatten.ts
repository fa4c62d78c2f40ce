// Action parameters in JSON shape → the flat `Name.0.Sub` form of GET queries and POST forms (API 3.0 request
// structure page: arrays by `.N` index, nested fields by `.Name`), every leaf as a string.
import type { Params } from './types.ts';

// Lossy by design, as the wire form is: null/undefined leaves and empty arrays/objects are dropped, and a key
// with a dot may collide with a nested one (the last wins).
/** Flattens `params`: `{AccountIds:['1']}` → `{'AccountIds.0':'1'}`; numbers, booleans and bigints become strings. */
export function flatten(params: Params): Record<string, string> {
  const out: Array<[string, string]> = [];
  walk(params, '', out);
  return Object.fromEntries(out);
}

function walk(value: unknown, prefix: string, out: Array<[string, string]>): void {
  if (value === null || value === undefined) return;
  if (Array.isArray(value)) {
    value.forEach((item, index) => walk(item, join(prefix, String(index)), out));
    return;
  }
  if (typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) walk(item, join(prefix, key), out);
    return;
  }
  if (prefix !== '') out.push([prefix, String(value)]);
}

function join(prefix: string, key: string): string {
  return prefix === '' ? key : `${prefix}.${key}`;
}
