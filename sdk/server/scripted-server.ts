// A tiny loopback server that gives every request the same scripted (usually malformed) answer and records what
// it received. One per robustness case, so cases run side by side without sharing anything.

import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { WireRequest } from '../../core/types.ts';
import { readRequest } from './read-request.ts';
import type { ScriptedAnswer } from './scripted-answers.ts';

/** A running scripted server. */
export interface ScriptedServer {
  readonly port: number;
  readonly requests: WireRequest[];
  /** Stops it, cutting any connection still waiting (a stalled or slow answer). */
  readonly close: () => Promise<void>;
}

/** Starts a server answering `answer` on 127.0.0.1. */
export async function startScripted(answer: ScriptedAnswer): Promise<ScriptedServer> {
  const requests: WireRequest[] = [];
  const timers = new Set<NodeJS.Timeout>();
  const server = createServer((req, res) => {
    void readRequest(req).then((request) => {
      requests.push(request);
      if (answer.drop) {
        res.socket?.destroy();
        return;
      }
      const send = () => {
        res.writeHead(answer.status, { ...answer.headers, ...(answer.stall ? {} : { 'content-length': String(Buffer.byteLength(answer.body)) }) });
        if (answer.stall) res.write(answer.body);
        else res.end(answer.body);
      };
      if (answer.delayMs === undefined) send();
      else timers.add(setTimeout(send, answer.delayMs));
    }, () => res.socket?.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    requests,
    close: () => new Promise((resolve) => {
      for (const t of timers) clearTimeout(t);
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}
