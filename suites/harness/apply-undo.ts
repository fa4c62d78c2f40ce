// Sends the undo requests of one ledger intent. An undo that finds nothing left to undo counts as done.

import { operationByKey } from '../../generated/operations.ts';
import { targetFault } from '../../checks/target-fault.ts';
import type { IntentEntry } from './ledger-entry.ts';
import type { TargetClient } from './target-client.ts';

// Errors that say the undo did not happen yet (credentials, a busy resource, a vendor-side failure); any other
// error of an undo (e.g. BlueprintHasNotShared) means there is nothing left to undo.
const RETRY_LATER = /^(AuthFailure|UnauthorizedOperation|ResourceInUse|OperationDenied|FailedOperation|InternalError|UnsupportedOperation\.(BlueprintLatestOperationUnfinished|ImageOccupied|BlueprintOccupied))/;

/** Undefined when every undo request was answered (success, or an error saying there is nothing to undo); else why not. */
export async function applyUndo(client: TargetClient, intent: IntentEntry): Promise<string | undefined> {
  for (const undo of intent.undo) {
    const sent = await client.call({ operation: operationByKey(undo.operation), params: undo.params, region: undo.region });
    const fault = targetFault(sent.exchange, sent.envelope);
    if (fault !== undefined) return fault;
    if (sent.envelope.kind === 'neither') return `malformed answer: ${sent.envelope.problem}`;
    if (sent.envelope.kind === 'error' && RETRY_LATER.test(sent.envelope.code)) return `${sent.envelope.code}: ${sent.envelope.message}`;
  }
  return undefined;
}
