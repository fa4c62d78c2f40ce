// Reads a whole incoming request into a WireRequest (lower-case header names, body as UTF-8).

import type { IncomingMessage } from 'node:http';
import type { WireRequest } from '../../core/types.ts';

/** The request as received; resolves once the body has ended. */
export function readRequest(req: IncomingMessage): Promise<WireRequest> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('error', reject);
    req.on('end', () => resolve({ method: req.method ?? '', path: req.url ?? '', headers: headersOf(req), body: Buffer.concat(chunks).toString('utf8') }));
  });
}

/** Lower-cased header names, repeated headers joined with `, `. */
export function headersOf(message: { readonly headers: Readonly<Record<string, string | string[] | undefined>> }): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(message.headers)) {
    if (value !== undefined) out[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  }
  return out;
}
