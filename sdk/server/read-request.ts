// Reads a whole incoming request into a WireRequest, the way the mock does (mock/http/wire-of.ts).

import type { IncomingHttpHeaders, IncomingMessage } from 'node:http';
import type { WireRequest } from '../../core/types.ts';
import { wireOf } from '../../mock/index.ts';

/** The request as received; resolves once the body has ended. */
export function readRequest(req: IncomingMessage): Promise<WireRequest> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('error', reject);
    req.on('end', () => resolve(wireOf(req.method, req.url, req.headers, Buffer.concat(chunks).toString('utf8'))));
  });
}

/** Lower-cased header names, repeated headers joined with `, ` (for responses, as wireOf does for requests). */
export function headersOf(message: { readonly headers: IncomingHttpHeaders }): Record<string, string> {
  return { ...wireOf('', '', message.headers, '').headers };
}
