// The one node:http server of the mock: both products on one port, the admin interface under /_admin/, keep-alive.
// Every API answer is HTTP 200 with the envelope, also for garbage; nothing answers with a stack trace or hangs.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { ADMIN_PREFIX, handleAdmin } from '../admin/admin-http.ts';
import type { MockAdmin } from '../admin/admin-api.ts';
import type { Engine, Reply } from '../engine/engine.ts';
import { protocolErrors, SIZE_LIMITS } from '../protocol/errors.ts';
import { createBodyDeadlines, type BodyDeadlines } from './body-deadlines.ts';
import { readApiBody, readBody } from './read-body.ts';
import { answerClientError, answerConnect, answerSent, openAnswer } from './socket-answers.ts';
import { wireOf } from './wire-of.ts';
import { createWriteBatch, type WriteBatch } from './write-batch.ts';

/** Where and how to serve. */
export interface ServerOptions {
  readonly engine: Engine;
  readonly admin: MockAdmin;
  readonly host: string;
  readonly port: number;
  /** A body that has not arrived after this is refused (InvalidRequest); 15 s unless told. */
  readonly bodyTimeoutMs?: number;
}

/** A listening server. */
export interface ListeningServer {
  readonly server: Server;
  readonly port: number;
  readonly close: () => Promise<void>;
}

/** The server's shared request machinery: body deadlines and the batch of answers to write. */
interface ServerIo {
  readonly deadlines: BodyDeadlines;
  readonly batch: WriteBatch<Answer>;
}

/** Starts listening; resolves once the port is bound. */
export function listen(options: ServerOptions): Promise<ListeningServer> {
  // requireHostHeader off: a request without Host is the mock's to refuse in the envelope, not node's bare 400.
  // connectionsCheckingInterval 1 s: the header and request timeouts fire on time, not up to 30 s late.
  const io: ServerIo = { deadlines: createBodyDeadlines(options.bodyTimeoutMs ?? 15_000), batch: createWriteBatch(writeAnswer) };
  const server = createServer({ maxHeaderSize: 64 * 1024, keepAlive: true, requestTimeout: 60_000, headersTimeout: 20_000, requireHostHeader: false,
    connectionsCheckingInterval: 1_000 }, (req, res) => handle(options, io, req, res));
  server.once('close', io.deadlines.stop);
  server.keepAliveTimeout = 30_000;
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Socket) => answerClientError(options.engine, error, socket));
  // An Expect other than 100-continue: served like any request (node would answer a bare 417).
  server.on('checkExpectation', (req: IncomingMessage, res: ServerResponse) => handle(options, io, req, res));
  server.on('connect', (req: IncomingMessage, socket: Socket) => answerConnect(options.engine, req, socket));
  return new Promise((resolve, reject) => {
    const failed = (error: Error) => {
      io.deadlines.stop();
      reject(error);
    };
    server.once('error', failed);
    server.listen(options.port, options.host, () => {
      server.off('error', failed);
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : options.port;
      resolve({ server, port, close: () => closeServer(server) });
    });
  });
}

// The hot path: no promise, no timer and no listener of its own per request beyond the body read; the engine
// answers synchronously inside the body's 'end' event.
function handle(options: ServerOptions, io: ServerIo, req: IncomingMessage, res: ServerResponse): void {
  try {
    openAnswer(req);
    const url = req.url ?? '/';
    if (url.startsWith(ADMIN_PREFIX) || url === ADMIN_PREFIX.slice(0, -1)) return serveAdmin(options, io.deadlines, req, res);
    readApiBody(req, io.deadlines, (read) => {
      try {
        if (!read.ok) req.resume();
        const refused = read.ok ? undefined : read.error;
        const reply = options.engine.handle({ wire: wireOf(req.method, url, req.headers, read.body), peer: req.socket.remoteAddress ?? '', refused });
        respond(io.batch, { req, res, reply, close: refused !== undefined && !req.complete });
      } catch {
        failSafe(req, res);
      }
    });
  } catch {
    failSafe(req, res);
  }
}

/** An answer waiting for the end of the turn. */
interface Answer {
  readonly req: IncomingMessage;
  readonly res: ServerResponse;
  readonly reply: Reply;
  readonly close: boolean;
}

function respond(batch: WriteBatch<Answer>, answer: Answer): void {
  // A drop waits its turn too: answers queued before it on the same connection still go out first.
  if (answer.reply.delayMs > 0 && !answer.reply.drop) setTimeout(writeAnswer, answer.reply.delayMs, answer);
  else batch.defer(answer);
}

function writeAnswer({ req, res, reply, close }: Answer): void {
  if (reply.drop) res.socket?.destroy();
  else if (!res.destroyed && !res.writableEnded) {
    const headers: Record<string, string | number> = { 'content-type': 'application/json', 'content-length': Buffer.byteLength(reply.body) };
    const traceId = req.headers['x-tc-traceid'];
    if (typeof traceId === 'string' && /^[\x21-\x7e]{1,128}$/.test(traceId)) headers['x-tc-traceid'] = traceId;
    if (close) headers['connection'] = 'close';
    res.writeHead(200, headers);
    res.end(reply.body);
  }
  answerSent(req, res);
}

const ADMIN_LIMIT = { bytes: SIZE_LIMITS.tc3Post, documented: SIZE_LIMITS.tc3Post, what: 'an admin request' };

function serveAdmin(options: ServerOptions, deadlines: BodyDeadlines, req: IncomingMessage, res: ServerResponse): void {
  readBody(req, ADMIN_LIMIT, deadlines, (read) => {
    try {
      const answer = read.ok
        ? handleAdmin(options.admin, { method: req.method ?? '', path: req.url ?? '/', contentType: req.headers['content-type'], body: read.body, peer: req.socket.remoteAddress })
        : { status: 400, body: { error: read.error.message } };
      const text = JSON.stringify(answer.body);
      if (!read.ok) req.resume();
      res.writeHead(answer.status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
      res.end(text);
      answerSent(req, res);
    } catch {
      failSafe(req, res);
    }
  });
}

/** Last resort when handling itself failed: an InternalError envelope if nothing was sent yet. */
function failSafe(req: IncomingMessage, res: ServerResponse): void {
  if (res.headersSent) {
    res.destroy();
    answerSent(req, res);
    return;
  }
  const body = JSON.stringify({ Response: { Error: { Code: 'InternalError', Message: 'the mock could not handle this request' }, RequestId: crypto.randomUUID() } });
  res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), connection: 'close' });
  res.end(body);
  answerSent(req, res);
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}
