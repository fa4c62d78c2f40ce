import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { buildRequest } from './build-request.ts';
import { createClient, send } from './client.ts';
import { verifySignature } from './verify-signature.ts';
import type { WireRequest } from './types.ts';

const credentials = { secretId: 'AKIDclientTest00000000001234', secretKey: 'clientTestKey0000000000' };
const built = buildRequest(
  { service: 'lighthouse', host: 'lighthouse.tencentcloudapi.com', action: 'DescribeBlueprints', version: '2020-03-24', region: 'ap-guangzhou', params: { Limit: 1 } },
  { form: 'post-json', signMethod: 'TC3-HMAC-SHA256', credentials },
);
if (!built.ok) throw new Error(built.error.message);
const wire = built.value;

let seen: WireRequest[] = [];
let connections = 0;
let server: Server;
let base = '';

beforeAll(async () => {
  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const headers = Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(', ') : String(v)]));
      seen.push({ method: req.method ?? '', path: req.url ?? '', headers, body: Buffer.concat(chunks).toString('utf8') });
      if (req.url === '/hang') return;
      if (req.url === '/reset') return req.socket.destroy();
      if (req.url === '/big') return res.end('x'.repeat(5000));
      res.setHeader('X-TC-TraceId', 'trace-1');
      res.setHeader('Set-Cookie', ['a=1', 'b=2']);
      res.end('{"Response":{"RequestId":"r-1"}}');
    });
  });
  server.on('connection', () => connections++);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

describe('send', () => {
  it('sends the wire request with its canonical Host header and records the whole exchange', async () => {
    seen = [];
    const exchange = await send(`${base}/`, wire, { timeoutMs: 2000 });
    expect(exchange.failure).toBeUndefined();
    expect(exchange.url).toBe(`${base}/`);
    expect(exchange.request).toBe(wire);
    expect(exchange.response).toMatchObject({ status: 200, body: '{"Response":{"RequestId":"r-1"}}', headers: { 'x-tc-traceid': 'trace-1', 'set-cookie': 'a=1, b=2' } });
    expect(exchange.timings.totalMs).toBeGreaterThan(0);
    expect(Number.isNaN(Date.parse(exchange.timings.startedAt))).toBe(false);
    const received = seen[0];
    if (received === undefined) throw new Error('nothing received');
    expect(received.headers['host']).toBe('lighthouse.tencentcloudapi.com');
    expect(received.body).toBe(wire.body);
    const verified = verifySignature({ request: received, lookupSecret: () => credentials.secretKey, service: 'lighthouse', now: Math.floor(Date.now() / 1000) });
    expect(verified.ok).toBe(true);
  });

  it('reports a refused connection as ECONNREFUSED', async () => {
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const port = (probe.address() as AddressInfo).port;
    await new Promise((resolve) => probe.close(resolve));
    const exchange = await send(`http://127.0.0.1:${port}`, wire, { timeoutMs: 2000 });
    expect(exchange.response).toBeUndefined();
    expect(exchange.failure?.code).toBe('ECONNREFUSED');
  });

  it('reports a server that never answers as TIMEOUT', async () => {
    const exchange = await send(base, { ...wire, path: '/hang' }, { timeoutMs: 150 });
    expect(exchange.failure).toEqual({ code: 'TIMEOUT', message: 'no complete response within 150 ms' });
    expect(exchange.timings.totalMs).toBeGreaterThanOrEqual(140);
  });

  it('reports a dropped connection as ECONNRESET', async () => {
    const exchange = await send(base, { ...wire, path: '/reset' }, { timeoutMs: 2000 });
    expect(exchange.failure?.code).toBe('ECONNRESET');
  });

  it('reports an oversized response as RESPONSE_TOO_LARGE', async () => {
    const exchange = await send(base, { ...wire, path: '/big' }, { timeoutMs: 2000, maxResponseBytes: 1000 });
    expect(exchange.failure?.code).toBe('RESPONSE_TOO_LARGE');
  });

  it('reports a request undici refuses to send as INVALID_REQUEST', async () => {
    const exchange = await send(base, { ...wire, headers: { ...wire.headers, 'transfer-encoding': 'chunked' } }, { timeoutMs: 2000 });
    expect(exchange.failure?.code).toBe('INVALID_REQUEST');
  });
});

describe('createClient', () => {
  it('reuses one keep-alive connection across requests', async () => {
    // One connection per origin, so undici cannot open a second socket while the first is being re-validated.
    const client = createClient({ connections: 1 });
    const before = connections;
    const first = await client.send(base, wire, { timeoutMs: 2000 });
    const second = await client.send(base, { method: 'GET', path: '/?x=1', headers: { host: 'lighthouse.tencentcloudapi.com' }, body: '' }, { timeoutMs: 2000 });
    const third = await client.send(base, wire, { timeoutMs: 2000 });
    await client.close();
    expect(first.response?.status).toBe(200);
    expect(second.response?.status).toBe(200);
    expect(third.response?.status).toBe(200);
    expect(connections - before).toBe(1);
  });
});
