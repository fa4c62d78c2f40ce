// Reading a request body under the documented size limits: past the limit nothing more is kept (the rest is
// discarded so the client can still read the answer), and a body that does not arrive in time is refused.
import type { IncomingMessage } from 'node:http';
import { mediaType } from '../../core/media-type.ts';
import type { VendorError } from '../../core/types.ts';
import { protocolErrors, SIZE_LIMITS } from './errors.ts';

/** The body as text, or the refusal (too large, too slow, broken stream). */
export type BodyResult = { readonly ok: true; readonly body: string } | { readonly ok: false; readonly error: VendorError; readonly body: string };

/** The limit of a POST body: 1 MB for the v1 form, 10 MB for anything else (TC3 JSON). */
export function postLimit(contentType: string | undefined): { readonly limit: number; readonly what: string } {
  return mediaType(contentType) === 'application/x-www-form-urlencoded'
    ? { limit: SIZE_LIMITS.v1Post, what: 'a v1 POST body' }
    : { limit: SIZE_LIMITS.tc3Post, what: 'a TC3 POST body' };
}

/** Reads `req`'s body up to `limit` bytes within `timeoutMs`. */
export function readBody(req: IncomingMessage, limit: number, what: string, timeoutMs: number): Promise<BodyResult> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    const settle = (result: BodyResult) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(result);
    };
    const text = () => Buffer.concat(chunks).toString('utf8');
    const declared = Number(req.headers['content-length']);
    if (Number.isFinite(declared) && declared > limit) {
      req.resume();
      settle({ ok: false, error: protocolErrors.tooLarge(what, limit), body: '' });
      return;
    }
    const timer = setTimeout(() => settle({ ok: false, error: protocolErrors.timeout(), body: text() }), timeoutMs);
    req.on('data', (chunk: Buffer) => {
      if (settled) return;
      size += chunk.length;
      if (size > limit) settle({ ok: false, error: protocolErrors.tooLarge(what, limit), body: text() });
      else chunks.push(chunk);
    });
    req.on('end', () => settle({ ok: true, body: text() }));
    req.on('error', () => settle({ ok: false, error: protocolErrors.malformedHttp('the body stream broke'), body: text() }));
    req.on('aborted', () => settle({ ok: false, error: protocolErrors.malformedHttp('the client aborted the body'), body: text() }));
  });
}
