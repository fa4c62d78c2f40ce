// Reading a request body under the documented size limits: past the limit nothing more is kept (the rest is
// discarded so the client can still read the answer), and a body that does not arrive in time is refused.
// Listener-based, with no promise and no timer per request: the mock's hot path.
import type { IncomingMessage } from 'node:http';
import { mediaType } from '../../core/media-type.ts';
import type { VendorError } from '../../core/types.ts';
import type { BodyDeadlines, PendingBody } from './body-deadlines.ts';
import { protocolErrors, SIZE_LIMITS } from '../protocol/errors.ts';

/** The body as text, or the refusal (too large, too slow, broken stream) with what arrived before it. */
export type BodyResult = { readonly ok: true; readonly body: string } | { readonly ok: false; readonly error: VendorError; readonly body: string };

/**
 * Reads an API request's body under the limit its method and form allow: GET 32 KB for URL and body together,
 * a v1 form POST 1 MB, any other POST (TC3 JSON) 10 MB. Other methods are refused without reading. After a
 * refusal the caller resumes the request, so the rest is discarded and the answer can still be read.
 */
export function readApiBody(req: IncomingMessage, deadlines: BodyDeadlines, done: (result: BodyResult) => void): void {
  const method = (req.method ?? '').toUpperCase();
  if (method !== 'GET' && method !== 'POST') return done({ ok: false, error: protocolErrors.method(req.method ?? ''), body: '' });
  const limit = apiLimit(req, method);
  if (limit.bytes < 0) return done({ ok: false, error: tooLarge(limit), body: '' });
  readBody(req, limit, deadlines, done);
}

/** A body limit: the bytes still allowed, the documented limit, and what the refusal calls the request. */
export interface BodyLimit {
  readonly bytes: number;
  readonly documented: number;
  readonly what: string;
}

const V1_POST: BodyLimit = { bytes: SIZE_LIMITS.v1Post, documented: SIZE_LIMITS.v1Post, what: 'a v1 POST body' };
const TC3_POST: BodyLimit = { bytes: SIZE_LIMITS.tc3Post, documented: SIZE_LIMITS.tc3Post, what: 'a TC3 POST body' };

/** RequestSizeLimitExceeded for `limit`, built only when a request breaks it. */
function tooLarge(limit: BodyLimit): VendorError {
  return protocolErrors.tooLarge(limit.what, limit.documented);
}

function apiLimit(req: IncomingMessage, method: string): BodyLimit {
  if (method === 'GET') return { bytes: SIZE_LIMITS.get - Buffer.byteLength(req.url ?? ''), documented: SIZE_LIMITS.get, what: 'a GET request' };
  return mediaType(req.headers['content-type']) === 'application/x-www-form-urlencoded' ? V1_POST : TC3_POST;
}

/**
 * Reads `req`'s body up to `limit` bytes before its deadline; past the limit the answer is RequestSizeLimitExceeded.
 * `done` is called once; after a refusal the caller resumes the request.
 */
export function readBody(req: IncomingMessage, limit: BodyLimit, deadlines: BodyDeadlines, done: (result: BodyResult) => void): void {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit.bytes) return done({ ok: false, error: tooLarge(limit), body: '' });
  (req as Reading)[READ] = new BodyRead(limit, deadlines, done);
  // Listeners shared by every request (`this` is the request): nothing is allocated per request for them.
  req.on('data', onData);
  req.on('end', onEnd);
  req.on('error', onError);
  req.on('aborted', onAborted);
}

const READ = Symbol('bodyRead');

type Reading = IncomingMessage & { [READ]: BodyRead };

function onData(this: IncomingMessage, chunk: Buffer): void {
  (this as Reading)[READ].data(chunk);
}

function onEnd(this: IncomingMessage): void {
  (this as Reading)[READ].end();
}

function onError(this: IncomingMessage): void {
  (this as Reading)[READ].fail(protocolErrors.malformedHttp('the body stream broke'));
}

function onAborted(this: IncomingMessage): void {
  (this as Reading)[READ].fail(protocolErrors.malformedHttp('the client aborted the body'));
}

/** One body being read: what arrived, and whether the outcome is decided. */
class BodyRead {
  private readonly chunks: Buffer[] = [];
  private size = 0;
  private settled = false;
  private readonly pending: PendingBody;

  constructor(
    private readonly limit: BodyLimit,
    private readonly deadlines: BodyDeadlines,
    private readonly done: (result: BodyResult) => void,
  ) {
    this.pending = deadlines.watch(this);
  }

  data(chunk: Buffer): void {
    if (this.settled) return;
    this.size += chunk.length;
    if (this.size > this.limit.bytes) this.fail(tooLarge(this.limit));
    else this.chunks.push(chunk);
  }

  end(): void {
    this.settle({ ok: true, body: this.text() });
  }

  expire(): void {
    this.fail(protocolErrors.timeout());
  }

  fail(error: VendorError): void {
    this.settle({ ok: false, error, body: this.text() });
  }

  private settle(result: BodyResult): void {
    if (this.settled) return;
    this.settled = true;
    this.deadlines.release(this.pending);
    this.done(result);
  }

  private text(): string {
    const { chunks } = this;
    if (chunks.length === 0) return '';
    return chunks.length === 1 ? (chunks[0] as Buffer).toString('utf8') : Buffer.concat(chunks).toString('utf8');
  }
}
