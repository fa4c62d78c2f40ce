// The vendor's official examples (specs/vendor/examples.json) as test vectors: one request and one response per
// example, with its site; the doc defects among them are listed with the reason (example-defects.ts).
import { readFile } from 'node:fs/promises';

/** One official example as the extract keeps it. */
export interface VendorExample {
  readonly site: 'china' | 'intl';
  readonly index: number;
  readonly src: string;
  readonly request: { readonly form: 'post-json' | 'get-query'; readonly host: string; readonly params?: Record<string, unknown>; readonly query?: readonly (readonly [string, string])[] };
  readonly response: { readonly body?: unknown; readonly raw?: string; readonly parseError?: string };
}

/** An example with its name: `<product>.<Action> <site>#<index>`. */
export interface ExampleVector {
  readonly id: string;
  readonly operation: string;
  readonly example: VendorExample;
}

/** Every example of the extract at `path` (a committed file of the project, never ../shared). */
export async function loadExampleVectors(path: string): Promise<readonly ExampleVector[]> {
  const doc = JSON.parse(await readFile(path, 'utf8')) as { products: Record<string, Record<string, VendorExample[]>> };
  return Object.entries(doc.products).flatMap(([product, actions]) => Object.entries(actions).flatMap(([action, list]) =>
    list.map((example) => ({ id: `${product}.${action} ${example.site}#${example.index}`, operation: `${product}.${action}`, example }))));
}

/** Request parameters of an example: the JSON params, or the query without the protocol names (Action, Version, …). */
export function exampleParams(example: VendorExample): ReadonlyArray<readonly [string, string]> | Record<string, unknown> {
  if (example.request.params !== undefined) return example.request.params;
  const protocol = new Set(['Action', 'Version', 'Region', 'Timestamp', 'Nonce', 'SecretId', 'Signature', 'SignatureMethod', 'Token', 'Language']);
  return (example.request.query ?? []).filter(([name]) => !protocol.has(name));
}
