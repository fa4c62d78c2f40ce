// Changes to a request after it was signed (the signature is left as it was): the auth cases' proof that a
// target's signature covers the payload, the query, the form and the headers.
import type { WireRequest } from './types.ts';
import { parseQuery } from './parse-query.ts';
import { encodePairs } from './percent-encode.ts';
import { splitPath } from './split-path.ts';

/** `wire` with parameter `name` set to `value` wherever its form carries it (JSON body, query or form); added when absent. */
export function withParam(wire: WireRequest, name: string, value: string | number): WireRequest {
  if (wire.method.toUpperCase() === 'POST' && wire.body.trimStart().startsWith('{')) {
    return { ...wire, body: JSON.stringify({ ...(JSON.parse(wire.body) as Record<string, unknown>), [name]: value }) };
  }
  const get = wire.method.toUpperCase() === 'GET';
  const { pathname, query } = splitPath(wire.path);
  const parsed = parseQuery(get ? query : wire.body);
  const pairs: Array<[string, string]> = parsed.ok ? parsed.value : [];
  const text = String(value);
  const edited: Array<[string, string]> = pairs.some(([k]) => k === name) ? pairs.map(([k, v]) => [k, k === name ? text : v]) : [...pairs, [name, text]];
  const encoded = encodePairs(edited);
  return get ? { ...wire, path: `${pathname}?${encoded}` } : { ...wire, body: encoded };
}

/** `wire` with header `name` (lower-case) set to `value`. */
export function withHeader(wire: WireRequest, name: string, value: string): WireRequest {
  return { ...wire, headers: { ...wire.headers, [name]: value } };
}
