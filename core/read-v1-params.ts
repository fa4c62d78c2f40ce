// The parameters of a v1-style request (GET query or POST form body), decoded, one value per name.
import type { Result, VendorError, WireRequest } from './types.ts';
import { parseQuery } from './parse-query.ts';
import { splitPath } from './split-path.ts';
import { vendorError } from './vendor-error.ts';

type Read = Result<ReadonlyMap<string, string>, VendorError>;

/** Decoded query (GET) or form body (POST) parameters; bad encoding or a repeated name is InvalidParameter. */
export function readV1Params(request: WireRequest): Read {
  // A server reads them three times per request (form, call, signature): the last request's answer is kept.
  if (last === undefined || request.method !== last.method || request.path !== last.path || request.body !== last.body) {
    last = { method: request.method, path: request.path, body: request.body, result: read(request) };
  }
  return last.result;
}

let last: { readonly method: string; readonly path: string; readonly body: string; readonly result: Read } | undefined;

function read(request: WireRequest): Read {
  const source = request.method.toUpperCase() === 'GET' ? splitPath(request.path).query : request.body;
  const where = request.method.toUpperCase() === 'GET' ? 'query string' : 'form body';
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
