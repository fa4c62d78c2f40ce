// A request as bytes on a socket: what to write, how slowly, and how the sender ends it. Helpers turn a
// WireRequest into HTTP/1.1 text with the framing a test asks for, including framings no HTTP client sends.
import type { WireRequest } from '../../core/types.ts';

/** How the sender ends the exchange: wait for the answers, or cut the connection (RST or FIN) without waiting. */
export type Ending = 'answer' | 'rst' | 'fin';

/** Bytes to send and what to expect back. */
export interface RawRequest {
  /** Written in order, `pauseMs` apart. */
  readonly pieces: readonly Buffer[];
  readonly pauseMs: number;
  readonly ending: Ending;
  /** How many answers the mock owes (2 for a pipelined pair); 0 when the sender cuts the connection. */
  readonly answers: number;
  /** A HEAD request: its answer has headers only (HTTP forbids a body). */
  readonly head: boolean;
  /** The action the request names, when it names one: its documented codes are allowed beside the common ones. */
  readonly action: string | undefined;
}

/** How the body is framed on the wire; `none` and `declared-only` send the head alone (the caller adds any body). */
export type Framing = 'length' | 'chunked' | 'declared-only' | 'none';

/** Options of `httpText`. */
export interface TextOptions {
  readonly framing?: Framing;
  /** Extra header lines, written verbatim (may be malformed on purpose). */
  readonly extraLines?: readonly string[];
  /** Content-Length to declare for `declared-only`. */
  readonly declared?: number;
  readonly requestLine?: string;
  readonly close?: boolean;
}

/** The HTTP/1.1 bytes of `wire` (body as UTF-8, or `rawBody` bytes when given). */
export function httpBytes(wire: WireRequest, options: TextOptions = {}, rawBody?: Buffer): Buffer {
  const body = rawBody ?? Buffer.from(wire.body, 'utf8');
  const framing = options.framing ?? 'length';
  const lines = [options.requestLine ?? `${wire.method} ${wire.path} HTTP/1.1`, ...Object.entries(wire.headers).map(([k, v]) => `${k}: ${v}`), ...(options.extraLines ?? [])];
  if (framing === 'length') lines.push(`content-length: ${body.length}`);
  if (framing === 'declared-only') lines.push(`content-length: ${options.declared ?? body.length}`);
  if (framing === 'chunked') lines.push('transfer-encoding: chunked');
  if (options.close !== false) lines.push('connection: close');
  const head = Buffer.from(`${lines.join('\r\n')}\r\n\r\n`, 'latin1');
  if (framing === 'declared-only' || framing === 'none') return head;
  if (framing === 'chunked') return Buffer.concat([head, chunkedBody(body)]);
  return Buffer.concat([head, body]);
}

/** `body` in 64 KB chunks, with the last-chunk marker. */
export function chunkedBody(body: Buffer): Buffer {
  const parts: Buffer[] = [];
  for (let at = 0; at < body.length; at += 64 * 1024) {
    const piece = body.subarray(at, at + 64 * 1024);
    parts.push(Buffer.from(`${piece.length.toString(16)}\r\n`), piece, Buffer.from('\r\n'));
  }
  parts.push(Buffer.from('0\r\n\r\n'));
  return Buffer.concat(parts);
}

/** Splits `bytes` into `n` roughly equal pieces (for drip-feeding). */
export function splitInto(bytes: Buffer, n: number): Buffer[] {
  const size = Math.max(1, Math.ceil(bytes.length / Math.max(1, n)));
  const out: Buffer[] = [];
  for (let at = 0; at < bytes.length; at += size) out.push(bytes.subarray(at, at + size));
  return out;
}

/** A request the mock must answer once. */
export function answered(bytes: Buffer, action: string | undefined, extra: Partial<RawRequest> = {}): RawRequest {
  return { pieces: [bytes], pauseMs: 0, ending: 'answer', answers: 1, head: false, action, ...extra };
}
