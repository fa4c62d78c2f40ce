// Sends a RawRequest over a plain TCP socket and reads the HTTP/1.1 answers byte by byte (Content-Length,
// chunked, or up to close; 1xx interim answers skipped), so nothing between the test and the mock tidies up
// either side. Never rejects: a missing answer is a value the caller judges.
import { connect, type Socket } from 'node:net';
import type { RawRequest } from './raw-request.ts';

/** One HTTP answer as received. */
export interface RawResponse {
  readonly status: number;
  /** Header lines in order, names lower-cased. */
  readonly headers: readonly (readonly [string, string])[];
  readonly body: Buffer;
}

/** Everything that came back for one request. */
export interface RawOutcome {
  readonly responses: readonly RawResponse[];
  /** Bytes after the last complete answer (a half answer, or bytes that are no HTTP at all). */
  readonly leftover: number;
  readonly timedOut: boolean;
  readonly ms: number;
}

/** Sends `request` to 127.0.0.1:`port`; resolves once the owed answers arrived, the socket closed, or `timeoutMs` passed. */
export function exchangeRaw(port: number, request: RawRequest, timeoutMs = 30_000): Promise<RawOutcome> {
  const started = performance.now();
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    let buffer = Buffer.alloc(0);
    const responses: RawResponse[] = [];
    let done = false;
    const finish = (timedOut: boolean) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      socket.destroy();
      resolve({ responses, leftover: buffer.length, timedOut, ms: performance.now() - started });
    };
    const timer = setTimeout(() => finish(true), timeoutMs);
    socket.on('error', () => finish(false));
    socket.on('close', () => finish(false));
    socket.on('data', (chunk: Buffer) => {
      buffer = Buffer.concat([buffer, chunk]);
      for (let parsed = parseOne(buffer, request.head); parsed !== undefined; parsed = parseOne(buffer, request.head)) {
        buffer = buffer.subarray(parsed.consumed);
        if (parsed.response.status >= 100 && parsed.response.status < 200) continue;
        responses.push(parsed.response);
      }
      if (request.ending === 'answer' && responses.length >= request.answers) finish(false);
    });
    socket.on('connect', () => void write(socket, request).catch(() => finish(false)));
  });
}

async function write(socket: Socket, request: RawRequest): Promise<void> {
  for (const [i, piece] of request.pieces.entries()) {
    if (socket.destroyed) return;
    if (i > 0 && request.pauseMs > 0) await new Promise((r) => setTimeout(r, request.pauseMs));
    await new Promise<void>((r) => socket.write(piece, () => r()));
  }
  if (request.ending === 'rst') socket.resetAndDestroy();
  else if (request.ending === 'fin') socket.end();
}

/** Parses one complete answer at the start of `buffer`, or undefined when more bytes are needed. */
function parseOne(buffer: Buffer, head: boolean): { response: RawResponse; consumed: number } | undefined {
  const end = buffer.indexOf('\r\n\r\n');
  if (end === -1) return undefined;
  const [statusLine = '', ...lines] = buffer.subarray(0, end).toString('latin1').split('\r\n');
  const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(statusLine)?.[1] ?? 0);
  const headers = lines.map((l) => [l.slice(0, l.indexOf(':')).trim().toLowerCase(), l.slice(l.indexOf(':') + 1).trim()] as const);
  const value = (name: string) => headers.find(([n]) => n === name)?.[1];
  const start = end + 4;
  if (head || status === 204 || status === 304 || (status >= 100 && status < 200)) return { response: { status, headers, body: Buffer.alloc(0) }, consumed: start };
  const length = value('content-length');
  if (length !== undefined) {
    const n = Number(length);
    if (buffer.length < start + n) return undefined;
    return { response: { status, headers, body: buffer.subarray(start, start + n) }, consumed: start + n };
  }
  if (/chunked/i.test(value('transfer-encoding') ?? '')) return parseChunked(buffer, start, status, headers);
  return undefined;
}

function parseChunked(buffer: Buffer, start: number, status: number, headers: RawResponse['headers']): { response: RawResponse; consumed: number } | undefined {
  const parts: Buffer[] = [];
  let at = start;
  for (let guard = 0; guard < 100_000; guard++) {
    const lineEnd = buffer.indexOf('\r\n', at);
    if (lineEnd === -1) return undefined;
    const size = parseInt(buffer.subarray(at, lineEnd).toString('latin1'), 16);
    if (!Number.isFinite(size)) return undefined;
    if (size === 0) {
      const trailerEnd = buffer.indexOf('\r\n\r\n', lineEnd - 2 < at ? at : lineEnd - 2);
      return trailerEnd === -1 ? undefined : { response: { status, headers, body: Buffer.concat(parts) }, consumed: trailerEnd + 4 };
    }
    if (buffer.length < lineEnd + 2 + size + 2) return undefined;
    parts.push(buffer.subarray(lineEnd + 2, lineEnd + 2 + size));
    at = lineEnd + 2 + size + 2;
  }
  return undefined;
}
