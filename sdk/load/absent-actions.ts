// Which of the contract's actions a loaded release does not have: the product client is missing, or the client
// has no method of that name. Such an action is one finding (sdk_action_presence), not a failed call per case.

import type { SdkClientClass } from './load-sdk.ts';

/** An operation as far as presence goes. */
export interface PresenceOperation {
  readonly key: string;
  readonly product: string;
  readonly version: string;
  readonly action: string;
}

/** Operation key → why the release lacks it, for every operation of `ops` the release does not have. */
export function absentActions(clients: Readonly<Record<string, SdkClientClass>>, ops: readonly PresenceOperation[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const op of ops) {
    const version = `v${op.version.replace(/-/g, '')}`;
    const Client = clients[op.product];
    if (Client === undefined) out.set(op.key, `the release has no ${op.product} ${version} client`);
    else if (typeof (Client.prototype as Record<string, unknown>)[op.action] !== 'function') out.set(op.key, `the ${op.product} ${version} client has no method ${op.action}`);
  }
  return out;
}
