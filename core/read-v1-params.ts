// The parameters of a v1-style request (GET query or POST form body), decoded, one value per name.
import type { Result, VendorError, WireRequest } from './types.ts';
import { parseQuery } from './parse-query.ts';
import { lastResult } from './last-result.ts';
import { splitPath } from './split-path.ts';
import { vendorError } from './vendor-error.ts';

type Read = Result<ReadonlyMap<string, string>, VendorError>;

/** Decoded query (GET) or form body (POST) parameters; bad encoding or a repeated name is InvalidParameter. */
export function readV1Params(request: WireRequest): Read {
  return request.method.toUpperCase() === 'GET' ? readQuery(splitPath(request.path).query) : readForm(request.body);
}

// A server reads them three times per request (form, call, signature): the last text's answer is kept.
const readQuery = lastResult((query: string) => readPairs(query, 'query string'));
const readForm = lastResult((body: string) => readPairs(body, 'form body'));

function readPairs(source: string, where: string): Read {
  const pairs = parseQuery(source);
  if (!pairs.ok) return { ok: false, error: vendorError('InvalidParameter', `${where}: ${pairs.error}`) };
  const params = new Map<string, string>();
  for (const [name, value] of pairs.value) {
    if (params.has(name)) {
      return { ok: false, error: vendorError('InvalidParameter', `${where}: parameter '${name}' appears more than once`) };
    }
    params.set(name, value);
  }
  return { ok: true, value: params };
}
