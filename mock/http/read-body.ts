// Reading a request body under the documented size limits: past the limit nothing more is kept (the rest is
// discarded so the client can still read the answer), and a body that does not arrive in time is refused.
import type { IncomingMessage } from 'node:http';
import { mediaType } from '../../core/media-type.ts';
import type { VendorError } from '../../core/types.ts';
import { protocolErrors, SIZE_LIMITS } from './errors.ts';

/** The body as text, or the refusal (too large, too slow, broken stream). */
export type BodyResult = { readonly ok: true; readonly body: string } | { readonly ok: false; readonly error: VendorError; readonly body: string };

/**
 * Reads an API request's body under the limit its method and form allow: GET 32 KB for URL and body together,
 * a v1 form POST 1 MB, any other POST (TC3 JSON) 10 MB. Other methods are refused without reading.
 */
export async function readApiBody(req: IncomingMessage, timeoutMs: number): Promise<{ readonly body: string; readonly refused?: VendorError }> {
  const method = (req.method ?? '').toUpperCase();
  if (method !== 'GET' && method !== 'POST') {
    req.resume();
    return { body: '', refused: protocolErrors.method(req.method ?? '') };
  }
  const form = mediaType(req.headers['content-type']) === 'application/x-www-form-urlencoded';
  const [limit, tooLarge] = method === 'GET'
    ? [SIZE_LIMITS.get - Buffer.byteLength(req.url ?? ''), protocolErrors.tooLarge('a GET request', SIZE_LIMITS.get)]
    : form ? [SIZE_LIMITS.v1Post, protocolErrors.tooLarge('a v1 POST body', SIZE_LIMITS.v1Post)] : [SIZE_LIMITS.tc3Post, protocolErrors.tooLarge('a TC3 POST body', SIZE_LIMITS.tc3Post)];
  const read = limit < 0 ? { ok: false as const, error: tooLarge, body: '' } : await readBody(req, limit, tooLarge, timeoutMs);
  if (read.ok) return { body: read.body };
  req.resume();
  return { body: read.body, refused: read.error };
}

/** Reads `req`'s body up to `limit` bytes within `timeoutMs`; past the limit the answer is `tooLarge`. */
export function readBody(req: IncomingMessage, limit: number, tooLarge: VendorError, timeoutMs: number): Promise<BodyResult> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    let timer: NodeJS.Timeout | undefined;
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
      settle({ ok: false, error: tooLarge, body: '' });
      return;
    }
    timer = setTimeout(() => settle({ ok: false, error: protocolErrors.timeout(), body: text() }), timeoutMs);
    req.on('data', (chunk: Buffer) => {
      if (settled) return;
      size += chunk.length;
      if (size > limit) settle({ ok: false, error: tooLarge, body: text() });
      else chunks.push(chunk);
    });
    req.on('end', () => settle({ ok: true, body: text() }));
    req.on('error', () => settle({ ok: false, error: protocolErrors.malformedHttp('the body stream broke'), body: text() }));
    req.on('aborted', () => settle({ ok: false, error: protocolErrors.malformedHttp('the client aborted the body'), body: text() }));
  });
}
