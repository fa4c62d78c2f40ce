// A loopback relay in front of the mock: forwards every request unchanged (Host kept, so signatures still verify)
// and records the raw request and the raw answer. The mock's journal is redacted and keeps no response body; the
// gate needs both verbatim to judge what the SDK sent and what it made of the answer.

import { createServer, request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { WireRequest, WireResponse } from '../../core/types.ts';
import { headersOf, readRequest } from './read-request.ts';

/** One relayed exchange; `failure` when the upstream gave no answer (the client's socket is then destroyed too). */
export interface RelayRecord {
  readonly request: WireRequest;
  readonly response?: WireResponse;
  readonly failure?: string;
}

/** A running relay. */
export interface RelayServer {
  readonly port: number;
  /** Every exchange so far, oldest first; the runner slices it per call. */
  readonly records: RelayRecord[];
  readonly close: () => Promise<void>;
}

/** Starts a relay on 127.0.0.1 forwarding to `upstreamPort` on 127.0.0.1. */
export async function startRelay(upstreamPort: number): Promise<RelayServer> {
  const records: RelayRecord[] = [];
  const server = createServer((req, res) => {
    void readRequest(req).then((request) => {
      const upstream = httpRequest({ host: '127.0.0.1', port: upstreamPort, method: request.method, path: request.path, headers: req.headers }, (answer) => {
        const chunks: Buffer[] = [];
        answer.on('data', (c: Buffer) => chunks.push(c));
        answer.on('end', () => {
          const body = Buffer.concat(chunks);
          records.push({ request, response: { status: answer.statusCode ?? 0, headers: headersOf(answer), body: body.toString('utf8') } });
          const headers: Record<string, string> = { ...headersOf(answer), 'content-length': String(body.length) };
          delete headers['transfer-encoding'];
          res.writeHead(answer.statusCode ?? 502, headers);
          res.end(body);
        });
        answer.on('error', (err) => drop(err.message));
      });
      const drop = (why: string) => {
        records.push({ request, failure: why });
        res.socket?.destroy();
      };
      upstream.on('error', (err) => drop(err.message));
      upstream.end(request.body);
    }, () => res.socket?.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    records,
    close: () => new Promise((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}
