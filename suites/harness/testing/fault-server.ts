// Test helper: a tiny loopback server that misbehaves on cue: HTML 5xx pages, connections reset before or after
// the answer was earned, stalls, throttling and InternalError envelopes, or a faithful pass-through to an upstream
// target (the mock). It records every request it received, so a test can count what was sent.
import { createServer, request as httpRequest, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';

/** What the server does with one request. */
export type FaultAnswer =
  | 'pass'
  | 'pass-then-reset'
  | 'pass-then-hang'
  | 'reset'
  | 'hang'
  | 'internal-error'
  | 'throttled'
  | { readonly html: number }
  | { readonly envelope: Record<string, unknown> };

/** One received request. */
export interface Received {
  readonly n: number;
  readonly action: string;
  readonly url: string;
  readonly headers: IncomingMessage['headers'];
  readonly body: string;
}

/** A running fault server. */
export interface FaultServer {
  readonly url: string;
  readonly received: Received[];
  /** Replaces the script: request number (1-based) and action → answer. */
  script: (n: number, action: string) => FaultAnswer;
  readonly close: () => Promise<void>;
}

/** Starts the server on 127.0.0.1; `upstream` is where `pass` forwards to. */
export async function startFaultServer(upstream: string, script: FaultServer['script'] = () => 'pass'): Promise<FaultServer> {
  const received: Received[] = [];
  const state: FaultServer = { url: '', received, script, close: async () => {} };
  const server = createServer({ maxHeaderSize: 64 * 1024 }, (req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const action = String(req.headers['x-tc-action'] ?? /[?&]Action=([^&]*)/.exec(req.url ?? '')?.[1] ?? '');
      const entry: Received = { n: received.length + 1, action, url: req.url ?? '', headers: req.headers, body };
      received.push(entry);
      void answer(state.script(entry.n, action), upstream, req, res, body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return Object.assign(state, {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => { server.close(() => resolve()); server.closeAllConnections(); }),
  });
}

async function answer(what: FaultAnswer, upstream: string, req: IncomingMessage, res: ServerResponse, body: string): Promise<void> {
  if (what === 'reset') return void req.socket.resetAndDestroy();
  if (what === 'hang') return;
  if (what === 'pass' || what === 'pass-then-reset' || what === 'pass-then-hang') {
    const up = await forward(upstream, req, body);
    if (what === 'pass-then-reset') return void req.socket.resetAndDestroy();
    if (what === 'pass-then-hang') return;
    res.writeHead(up.status, { 'content-type': up.contentType });
    return void res.end(up.body);
  }
  if (typeof what === 'object' && 'html' in what) {
    res.writeHead(what.html, { 'content-type': 'text/html' });
    return void res.end(`<html><body><h1>${what.html} Bad Gateway</h1><p>nginx</p></body></html>`);
  }
  const response = what === 'internal-error' ? { Error: { Code: 'InternalError', Message: 'internal error' } }
    : what === 'throttled' ? { Error: { Code: 'RequestLimitExceeded', Message: 'too many requests' } } : what.envelope;
  res.writeHead(200, { 'content-type': 'application/json' });
  res.end(JSON.stringify({ Response: { ...response, RequestId: randomUUID() } }));
}

function forward(upstream: string, req: IncomingMessage, body: string): Promise<{ status: number; contentType: string; body: string }> {
  const target = new URL(req.url ?? '/', upstream);
  return new Promise((resolve) => {
    const out = httpRequest(target, { method: req.method, headers: req.headers }, (up) => {
      const chunks: Buffer[] = [];
      up.on('data', (c: Buffer) => chunks.push(c));
      up.on('end', () => resolve({ status: up.statusCode ?? 502, contentType: String(up.headers['content-type'] ?? 'application/json'), body: Buffer.concat(chunks).toString('utf8') }));
    });
    out.on('error', (e) => resolve({ status: 502, contentType: 'text/plain', body: `upstream error: ${e.message}` }));
    out.end(body);
  });
}
