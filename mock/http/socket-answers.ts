// Answers written straight to a socket, for requests node:http hands over without a response object: malformed
// HTTP (clientError) and CONNECT. Each is still an envelope (HTTP 200, then the connection closes). An answer to a
// broken request that was pipelined behind good ones waits until their answers are out, so no client reads the
// refusal as the answer to an earlier request.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import type { Engine } from '../engine/engine.ts';
import { protocolErrors, SIZE_LIMITS } from '../protocol/errors.ts';

/** Requests on one socket whose answers are not out yet, and the refusal to write once the complete ones are. */
interface SocketQueue {
  readonly open: Set<IncomingMessage>;
  after: (() => void) | undefined;
}

const queues = new WeakMap<Socket, SocketQueue>();

/** Counts `req` as open on its socket until `answerSent` says its answer is out. */
export function openAnswer(req: IncomingMessage): void {
  let queue = queues.get(req.socket);
  if (queue === undefined) {
    queue = { open: new Set<IncomingMessage>(), after: undefined };
    queues.set(req.socket, queue);
  }
  queue.open.add(req);
}

/**
 * Call once `res` is ended (or dropped). An answer whose response owns the socket is in the socket's buffer
 * already, ahead of anything written after it: settled now, with no listener. One queued behind an earlier,
 * unfinished answer (pipelining with injected latency) settles when node has written it.
 */
export function answerSent(req: IncomingMessage, res: ServerResponse): void {
  const queue = queues.get(req.socket);
  if (queue === undefined) return;
  if (res.socket !== null || res.destroyed || res.writableFinished) return settle(queue, req);
  res.once('finish', () => settle(queue, req));
  res.once('close', () => settle(queue, req));
}

function settle(queue: SocketQueue, req: IncomingMessage): void {
  queue.open.delete(req);
  flush(queue);
}

/** Writes the queued refusal once no complete request waits for its answer. A request whose body is still
 * incomplete is the broken one itself: its answer is the refusal, so it is not waited for. */
function flush(queue: SocketQueue): void {
  if (queue.after === undefined || [...queue.open].some((r) => r.complete)) return;
  const write = queue.after;
  queue.after = undefined;
  write();
}

/** Malformed HTTP, oversized headers, timeouts: an envelope once earlier answers are out, then the connection closes. */
export function answerClientError(engine: Engine, error: NodeJS.ErrnoException, socket: Socket): void {
  if (!socket.writable || error.code === 'ECONNRESET' || error.code === 'EPIPE') {
    socket.destroy();
    return;
  }
  const refused = error.code === 'HPE_HEADER_OVERFLOW'
    ? protocolErrors.tooLarge('the request line and headers', SIZE_LIMITS.get)
    : error.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? protocolErrors.timeout() : protocolErrors.malformedHttp(error.code ?? 'unreadable');
  whenIdle(socket, () => writeAndClose(engine, socket, refused));
}

/** CONNECT: the mock is no proxy; UnsupportedProtocol in the envelope, then the connection closes. */
export function answerConnect(engine: Engine, req: IncomingMessage, socket: Socket): void {
  socket.on('error', () => socket.destroy());
  writeAndClose(engine, socket, protocolErrors.method(req.method ?? 'CONNECT'));
}

function whenIdle(socket: Socket, write: () => void): void {
  const queue = queues.get(socket);
  if (queue === undefined) return write();
  queue.after = write;
  flush(queue);
}

function writeAndClose(engine: Engine, socket: Socket, refused: { code: string; message: string }): void {
  if (socket.destroyed || !socket.writable) return;
  const reply = engine.handle({ wire: { method: '', path: '', headers: {}, body: '' }, peer: socket.remoteAddress ?? '', refused });
  const head = `HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: ${Buffer.byteLength(reply.body)}\r\nconnection: close\r\n\r\n`;
  socket.end(head + reply.body);
}
