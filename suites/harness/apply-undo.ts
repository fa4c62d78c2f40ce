// Sends the undo requests of one ledger intent. An undo that is refused counts as done only when the observers
// confirm nothing of the mutation is left (so no guessing from error codes which refusals mean "already undone").

import { operationByKey } from '../../generated/operations.ts';
import { targetFault } from '../../checks/target-fault.ts';
import type { IntentEntry, UndoCall } from './ledger-entry.ts';
import type { TargetClient } from './target-client.ts';
import { blueprintShares, blueprintsFromImage, imageShares } from './read-shares.ts';

/** Undefined when every undo request succeeded or left nothing behind; else why not (the intent stays pending). */
export async function applyUndo(client: TargetClient, intent: IntentEntry): Promise<string | undefined> {
  for (const undo of intent.undo) {
    const sent = await client.call({ operation: operationByKey(undo.operation), params: undo.params, region: undo.region });
    const fault = targetFault(sent.exchange, sent.envelope);
    if (fault !== undefined) return fault;
    if (sent.envelope.kind === 'success') continue;
    const refusal = sent.envelope.kind === 'error' ? `${sent.envelope.code}: ${sent.envelope.message}` : `malformed answer: ${sent.envelope.problem}`;
    const residue = await residual(client, undo);
    if (residue !== false) return `${refusal}; ${residue === true ? 'the share is still there' : `read-back failed: ${residue}`}`;
  }
  return undefined;
}

/** Whether the share `undo` should remove is still there (true), gone (false), or unknown (the reason). */
async function residual(client: TargetClient, undo: UndoCall): Promise<boolean | string> {
  const p = undo.params;
  const accounts = Array.isArray(p['AccountIds']) ? (p['AccountIds'] as string[]) : [];
  const back = undo.operation === 'lighthouse.CancelShareBlueprintAcrossAccounts' ? await blueprintShares(client, undo.region, String(p['BlueprintId']))
    : undo.operation === 'lighthouse.ModifyImageSharePermission' ? await blueprintsFromImage(client, undo.region, String(p['ImageId']))
      : await imageShares(client, undo.region, String(p['ImageId']));
  if (!back.ok) return back.why;
  return undo.operation === 'lighthouse.ModifyImageSharePermission' ? back.value.length > 0 : back.value.some((a) => accounts.includes(a));
}
