// The transport: send a WireRequest to a base URL with undici and record the whole exchange. The Host header of
// the wire request is kept (the canonical name the signature covers), whatever address the base URL names.
// Never throws: a request that got no HTTP response becomes an Exchange with `failure`.
import { Agent, getGlobalDispatcher, request, type Dispatcher } from 'undici';
import type { Exchange, WireRequest, WireResponse } from './types.ts';

/** Per-call transport settings. */
export interface SendOptions {
  readonly timeoutMs: number;
  readonly dispatcher?: Dispatcher;
  /** Responses larger than this become a RESPONSE_TOO_LARGE failure; 16 MiB unless told. */
  readonly maxResponseBytes?: number;
}

/** A reusable keep-alive client. */
export interface Client {
  send(baseUrl: string, wire: WireRequest, opts: Omit<SendOptions, 'dispatcher'>): Promise<Exchange>;
  close(): Promise<void>;
}

/** A client over one keep-alive undici Agent; close it when the run ends. */
export function createClient(opts: { readonly connections?: number; readonly keepAliveTimeoutMs?: number } = {}): Client {
  const agent = new Agent({ connections: opts.connections ?? 16, keepAliveTimeout: opts.keepAliveTimeoutMs ?? 10_000, pipelining: 1 });
  return {
    send: (baseUrl, wire, sendOpts) => send(baseUrl, wire, { ...sendOpts, dispatcher: agent }),
    close: () => agent.close(),
  };
}

/** Sends `wire` to `baseUrl` + `wire.path` and resolves to the exchange, with a `failure` value on transport errors. */
export async function send(baseUrl: string, wire: WireRequest, opts: SendOptions): Promise<Exchange> {
  const url = baseUrl.replace(/\/+$/, '') + wire.path;
  const startedAt = new Date().toISOString();
  const start = performance.now();
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), opts.timeoutMs);
  const timings = () => ({ startedAt, totalMs: Math.round((performance.now() - start) * 1000) / 1000 });
  try {
    const res = await request(url, {
      method: wire.method as Dispatcher.HttpMethod,
      headers: { ...wire.headers },
      body: wire.body === '' && (wire.method === 'GET' || wire.method === 'HEAD') ? undefined : wire.body,
      dispatcher: opts.dispatcher ?? getGlobalDispatcher(),
      signal: controller.signal,
    });
    const body = await readBody(res.body, opts.maxResponseBytes ?? 16 * 1024 * 1024);
    const response: WireResponse = { status: res.statusCode, headers: flattenHeaders(res.headers), body };
    return { url, request: wire, response, timings: timings() };
  } catch (error) {
    const failure = controller.signal.aborted ? { code: 'TIMEOUT', message: `no complete response within ${opts.timeoutMs} ms` } : describeFailure(error);
    return { url, request: wire, failure, timings: timings() };
  } finally {
    clearTimeout(timer);
  }
}

class ResponseTooLarge extends Error {
  readonly code = 'RESPONSE_TOO_LARGE';
}

/** The body as UTF-8 text, refused past `limit` bytes (read with listeners: an async iterator costs more per chunk). */
function readBody(body: Dispatcher.ResponseData['body'], limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    body.on('data', (chunk: Buffer | Uint8Array) => {
      const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk);
      size += buffer.length;
      if (size > limit) {
        body.destroy();
        reject(new ResponseTooLarge(`response body exceeds ${limit} bytes`));
      } else chunks.push(buffer);
    });
    body.on('end', () => resolve(chunks.length === 1 ? (chunks[0] as Buffer).toString('utf8') : Buffer.concat(chunks).toString('utf8')));
    body.on('error', reject);
  });
}

function flattenHeaders(headers: Record<string, string | string[] | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined) out[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  }
  return out;
}

const TIMEOUT_CODES = new Set(['UND_ERR_CONNECT_TIMEOUT', 'UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT', 'ETIMEDOUT']);

/** Maps an undici / socket error to a stable failure code (ECONNREFUSED, ECONNRESET, TIMEOUT, ENOTFOUND, …). */
function describeFailure(error: unknown): { code: string; message: string } {
  const err = error as { code?: unknown; message?: unknown; cause?: { code?: unknown }; errors?: Array<{ code?: unknown }> };
  const raw = [err.code, err.errors?.[0]?.code, err.cause?.code].find((c): c is string => typeof c === 'string');
  const message = typeof err.message === 'string' && err.message !== '' ? err.message : String(error);
  if (raw === undefined) return { code: 'UNKNOWN', message };
  if (TIMEOUT_CODES.has(raw)) return { code: 'TIMEOUT', message };
  if (raw === 'UND_ERR_SOCKET') return { code: typeof err.cause?.code === 'string' ? err.cause.code : 'ECONNRESET', message };
  if (raw === 'UND_ERR_INVALID_ARG') return { code: 'INVALID_REQUEST', message };
  return { code: raw, message };
}
