// The schedule broker of a live-like run: one loopback HTTP server in the `tcconform run` process that every
// vitest worker asks for send slots (one bucket per action, at --rate-share of the documented limit; a slot is
// held until a second after its answer, send-window-pacer.ts) and for resource locks (lock-table.ts). Workers run cases of different actions at the same time; the
// documented limits hold because every request of every worker draws from the one bucket of its action.

import { createServer, type IncomingMessage, type Server } from 'node:http';
import { createSendWindowPacer } from '../../../core/send-window-pacer.ts';
import { createLockTable, type LockClaim } from './lock-table.ts';

/** Requests granted per bucket, for the progress line and the summary. */
export interface BucketStats {
  readonly key: string;
  readonly granted: number;
  readonly firstMs: number;
  readonly lastMs: number;
}

/** A running broker. */
export interface Broker {
  readonly url: string;
  readonly stats: () => BucketStats[];
  readonly close: () => Promise<void>;
}

/** The key of the lock a rate-limit case takes to have `bucketKey` to itself (its burst goes over the limit). */
export const bucketLockKey = (bucketKey: string): string => `bucket/${bucketKey}`;

/** Starts the broker on 127.0.0.1; `share` is the fraction of each documented limit the run may use. */
export async function startBroker(share: number): Promise<Broker> {
  const locks = createLockTable();
  // A rate-limit case's bucket lock pauses its bucket at grant time: requests that were already waiting for a slot
  // when it was taken wait on (checked when they queued instead, they were granted all through the case's paced series).
  const pacer = createSendWindowPacer(share, undefined, (key) => locks.heldExclusively(bucketLockKey(key)));
  const stats = new Map<string, { granted: number; firstMs: number; lastMs: number }>();
  const server: Server = createServer((req, res) => {
    void (async () => {
      try {
        const body = JSON.parse(await readBody(req)) as Record<string, unknown>;
        if (req.url === '/slot') {
          const key = String(body['key']);
          await pacer.slot(key, Number(body['perSecond']), body['urgent'] === true);
          const now = Date.now();
          const s = stats.get(key) ?? { granted: 0, firstMs: now, lastMs: now };
          stats.set(key, { granted: s.granted + 1, firstMs: s.firstMs, lastMs: now });
        } else if (req.url === '/done') pacer.done(String(body['key']));
        else if (req.url === '/lock') await locks.acquire(String(body['holder']), body['claims'] as LockClaim[]);
        else if (req.url === '/unlock') {
          locks.release(String(body['holder']));
          pacer.wake();
        }
        else {
          res.writeHead(404).end('{}');
          return;
        }
        res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
      } catch (err) {
        res.writeHead(400, { 'content-type': 'application/json' }).end(JSON.stringify({ error: String(err) }));
      }
    })();
  });
  // Lock waits last as long as the case ahead of them: no server-side deadline.
  server.requestTimeout = 0;
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    stats: () => [...stats].map(([key, s]) => ({ key, ...s })),
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8') || '{}'));
    req.on('error', reject);
  });
}
