// A vitest worker's side of the schedule broker (broker.ts): a Pacer whose slots come from the run-wide buckets,
// and the resource locks a case holds while it runs.

import { Agent, request } from 'undici';
import type { Pacer } from '../../../core/pacer.ts';
import { HarnessError } from '../../../core/errors.ts';
import type { LockClaim } from './lock-table.ts';
import { isUrgent } from './case-urgency.ts';

/** What a worker asks of the broker. */
export interface BrokerClient {
  readonly pacer: Pacer;
  readonly lock: (holder: string, claims: readonly LockClaim[]) => Promise<void>;
  readonly unlock: (holder: string) => Promise<void>;
}

// Waits for a slot or a lock may last as long as the case ahead: no client-side deadline either. Every case in flight
// may be waiting on the broker at once (cli/run-command.ts keeps 48): a connection each, so a case waiting for a lock
// never holds up another's slot (loopback connections cost nothing worth saving).
const agent = new Agent({ headersTimeout: 0, bodyTimeout: 0, connections: 256 });

/** A client of the broker at `url` (loopback). */
export function brokerClient(url: string): BrokerClient {
  const post = async (path: string, body: unknown): Promise<void> => {
    let res;
    try {
      res = await request(`${url}${path}`, { method: 'POST', body: JSON.stringify(body), dispatcher: agent, headers: { 'content-type': 'application/json' } });
    } catch (err) {
      throw new HarnessError(`the run's schedule broker at ${url} did not answer ${path}: ${String(err)}`);
    }
    const text = await res.body.text();
    if (res.statusCode !== 200) throw new HarnessError(`the run's schedule broker refused ${path}: ${text}`);
  };
  return {
    pacer: { slot: (key, perSecond, urgent = isUrgent()) => post('/slot', { key, perSecond, urgent }), done: (key) => { void post('/done', { key }).catch(() => {}); } },
    lock: (holder, claims) => post('/lock', { holder, claims }),
    unlock: (holder) => post('/unlock', { holder }),
  };
}
