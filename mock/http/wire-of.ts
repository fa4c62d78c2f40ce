// A node:http request as the WireRequest core speaks (header names lower-case, repeated headers joined).
import type { IncomingHttpHeaders } from 'node:http';
import type { WireRequest } from '../../core/types.ts';

/** The WireRequest of method, URL, headers and body. */
export function wireOf(method: string | undefined, url: string | undefined, headers: IncomingHttpHeaders, body: string): WireRequest {
  return { method: method ?? '', path: url ?? '/', headers: flatHeaders(headers), body };
}

/**
 * One string per header. node:http lower-cases names and joins repeats into one string for every header but
 * set-cookie (an array): without one, node's object serves as it is (nothing else holds it), with no copy.
 */
function flatHeaders(headers: IncomingHttpHeaders): Readonly<Record<string, string>> {
  if (allStrings(headers)) return headers as Readonly<Record<string, string>>;
  const flat: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined) flat[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  }
  return flat;
}

function allStrings(headers: IncomingHttpHeaders): boolean {
  for (const name in headers) if (typeof headers[name] !== 'string') return false;
  return true;
}
