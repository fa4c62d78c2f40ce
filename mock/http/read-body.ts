// Reading a request body under the documented size limits: past the limit nothing more is kept (the rest is
// discarded so the client can still read the answer), and a body that does not arrive in time is refused.
// Listener-based, with no promise and no timer per request: the mock's hot path.
import type { IncomingMessage } from 'node:http';
import { mediaType } from '../../core/media-type.ts';
import type { VendorError } from '../../core/types.ts';
import type { BodyDeadlines } from './body-deadlines.ts';
import { protocolErrors, SIZE_LIMITS } from './errors.ts';

/** The body as text, or the refusal (too large, too slow, broken stream) with what arrived before it. */
export type BodyResult = { readonly ok: true; readonly body: string } | { readonly ok: false; readonly error: VendorError; readonly body: string };

/** What an API request's body read gives: the text, and the transport's refusal when there is one. */
export type ApiBody = (body: string, refused: VendorError | undefined) => void;

/**
 * Reads an API request's body under the limit its method and form allow: GET 32 KB for URL and body together,
 * a v1 form POST 1 MB, any other POST (TC3 JSON) 10 MB. Other methods are refused without reading.
 */
export function readApiBody(req: IncomingMessage, deadlines: BodyDeadlines, done: ApiBody): void {
  const method = (req.method ?? '').toUpperCase();
  if (method !== 'GET' && method !== 'POST') {
    req.resume();
    return done('', protocolErrors.method(req.method ?? ''));
  }
  const [limit, tooLarge] = apiLimit(req, method);
  const finish = (read: BodyResult) => {
    if (read.ok) return done(read.body, undefined);
    req.resume();
    done(read.body, read.error);
  };
  if (limit < 0) return finish({ ok: false, error: tooLarge, body: '' });
  readBody(req, limit, tooLarge, deadlines, finish);
}

function apiLimit(req: IncomingMessage, method: string): readonly [number, VendorError] {
  if (method === 'GET') return [SIZE_LIMITS.get - Buffer.byteLength(req.url ?? ''), protocolErrors.tooLarge('a GET request', SIZE_LIMITS.get)];
  return mediaType(req.headers['content-type']) === 'application/x-www-form-urlencoded'
    ? [SIZE_LIMITS.v1Post, protocolErrors.tooLarge('a v1 POST body', SIZE_LIMITS.v1Post)]
    : [SIZE_LIMITS.tc3Post, protocolErrors.tooLarge('a TC3 POST body', SIZE_LIMITS.tc3Post)];
}

/** Reads `req`'s body up to `limit` bytes before its deadline; past the limit the answer is `tooLarge`. `done` is called once. */
export function readBody(req: IncomingMessage, limit: number, tooLarge: VendorError, deadlines: BodyDeadlines, done: (result: BodyResult) => void): void {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) {
    req.resume();
    return done({ ok: false, error: tooLarge, body: '' });
  }
  const chunks: Buffer[] = [];
  let size = 0;
  let settled = false;
  const text = () => (chunks.length === 1 ? (chunks[0] as Buffer).toString('utf8') : Buffer.concat(chunks).toString('utf8'));
  const settle = (result: BodyResult) => {
    if (settled) return;
    settled = true;
    deadlines.release(pending);
    done(result);
  };
  const pending = deadlines.watch(() => settle({ ok: false, error: protocolErrors.timeout(), body: text() }));
  req.on('data', (chunk: Buffer) => {
    if (settled) return;
    size += chunk.length;
    if (size > limit) settle({ ok: false, error: tooLarge, body: text() });
    else chunks.push(chunk);
  });
  req.on('end', () => settle({ ok: true, body: chunks.length === 0 ? '' : text() }));
  req.on('error', () => settle({ ok: false, error: protocolErrors.malformedHttp('the body stream broke'), body: text() }));
  req.on('aborted', () => settle({ ok: false, error: protocolErrors.malformedHttp('the client aborted the body'), body: text() }));
}
