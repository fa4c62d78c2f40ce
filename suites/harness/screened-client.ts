// The client a case's body sees as `run.client`: calls it makes directly (rate-limit bursts, observers, helpers)
// bypass CaseRun.send, so this wrapper screens each answer for target faults (no HTTP answer, HTTP 5xx without
// an envelope, InternalError, ServiceUnavailable) and reports them, with any retries, to the case. Throttling is
// not screened: rate-limit cases judge it. A case that met such a fault is errored, and findings it computes
// afterwards (e.g. from burst counts that include dead answers) are withheld: they would rest on faults.
import { targetFault, THROTTLING_CODES } from '../../checks/target-fault.ts';
import type { TargetClient } from './target-client.ts';

/** Where the screen reports. */
export interface Screen {
  readonly fault: (why: string) => void;
  readonly retried: (why: readonly string[]) => void;
}

/** `inner`, with every answer screened and reported to `screen`. */
export function screenedClient(inner: TargetClient, screen: Screen): TargetClient {
  return {
    credentials: inner.credentials,
    ...(inner.site === undefined ? {} : { site: inner.site }),
    close: () => inner.close(),
    call: async (req) => {
      const sent = await inner.call(req);
      if (sent.retries.length > 0) screen.retried(sent.retries.map((why) => `${req.operation.key}: ${why}`));
      const fault = targetFault(sent.exchange, sent.envelope, THROTTLING_CODES);
      if (fault !== undefined) screen.fault(`${req.operation.key}: ${fault}`);
      return sent;
    },
  };
}
