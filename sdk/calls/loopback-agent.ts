// An http.Agent whose DNS lookup answers 127.0.0.1 for every name, so the SDK can be pointed at the real product
// host names (it derives the signing service from the endpoint's first label) while every byte stays on loopback.

import { Agent, type AgentOptions } from 'node:http';

type LookupCallback = (err: NodeJS.ErrnoException | null, address: string | { address: string; family: number }[], family?: number) => void;

const lookup: AgentOptions['lookup'] = (_host, options, callback) => {
  const cb = callback as unknown as LookupCallback;
  if ((options as { all?: boolean }).all) cb(null, [{ address: '127.0.0.1', family: 4 }]);
  else cb(null, '127.0.0.1', 4);
};

/** A fresh loopback agent (no keep-alive, so a closed test server never leaves a pooled socket behind). */
export function loopbackAgent(): Agent {
  return new Agent({ keepAlive: false, lookup });
}
