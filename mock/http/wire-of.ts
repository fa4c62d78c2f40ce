// A node:http request as the WireRequest core speaks (header names lower-case, repeated headers joined).
import type { IncomingHttpHeaders } from 'node:http';
import type { WireRequest } from '../../core/types.ts';

/** The WireRequest of method, URL, headers and body. */
export function wireOf(method: string | undefined, url: string | undefined, headers: IncomingHttpHeaders, body: string): WireRequest {
  const flat: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined) flat[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  }
  return { method: method ?? '', path: url ?? '/', headers: flat, body };
}
