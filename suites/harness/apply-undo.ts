// Sends the undo requests of one ledger intent. An undo that is refused counts as done only when the observers
// confirm nothing of the mutation is left (so no guessing from error codes which refusals mean "already undone");
// one that meets a target fault is sent again only after a read-back shows the share is still there.

import { operationByKey } from '../../generated/operations.ts';
import { targetFault } from '../../checks/target-fault.ts';
import type { IntentEntry, UndoCall } from './ledger-entry.ts';
import type { TargetClient } from './target-client.ts';
import { namedAccounts, shareSemantics } from './share-semantics.ts';
import { backoffMs, RETRY } from './retry-policy.ts';
import { undoInBatches } from './batch-undo.ts';

/** Undefined when every undo request succeeded or left nothing behind; else why not (the intent stays pending). */
export async function applyUndo(client: TargetClient, intent: IntentEntry, sleep: (ms: number) => Promise<void> = pause): Promise<string | undefined> {
  for (const undo of await undoInBatches(client, intent.undo)) {
    const why = await undoOne(client, undo, sleep);
    if (why !== undefined) return why;
  }
  return undefined;
}

/** One undo request. After a target fault it is sent again only when a read-back shows the share still there
 * (never blindly), at most RETRY.attempts times with backoff; a refusal counts as done only when nothing is left. */
async function undoOne(client: TargetClient, undo: UndoCall, sleep: (ms: number) => Promise<void>): Promise<string | undefined> {
  for (let attempt = 1; ; attempt++) {
    const sent = await client.call({ operation: operationByKey(undo.operation), params: undo.params, region: undo.region });
    const fault = targetFault(sent.exchange, sent.envelope);
    if (fault === undefined && sent.envelope.kind === 'success') return undefined;
    const answer = fault ?? (sent.envelope.kind === 'error' ? `${sent.envelope.code}: ${sent.envelope.message}` : `malformed answer: ${sent.envelope.kind === 'neither' ? sent.envelope.problem : ''}`);
    const residue = await residual(client, undo);
    if (residue === false) return undefined;
    if (typeof residue === 'string') return `${answer}; read-back failed: ${residue}`;
    if (fault === undefined || attempt >= RETRY.attempts) return `${answer}; the share is still there`;
    await sleep(backoffMs(attempt + 1));
  }
}

const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Whether the share `undo` should remove is still there (true), gone (false), or unknown (the reason). */
export async function residual(client: TargetClient, undo: UndoCall): Promise<boolean | string> {
  const list = shareSemantics(undo.operation)?.list;
  if (list === undefined) return `${undo.operation} changes no share list`;
  const back = await list.read(client, undo.region, String(undo.params[list.param]));
  if (!back.ok) return back.code !== undefined && subjectUnseen(back.code) ? false : back.why;
  const accounts = namedAccounts(undo.params);
  return list.holders === 'resource' ? back.value.length > 0 : back.value.some((a) => accounts.includes(a));
}

/**
 * True when an observer refused to read the subject because, for the caller, it does not exist or is not the
 * caller's: not found, an ID it cannot even parse (the observers take the ID alone, so a parameter error is about
 * the ID), a region the action does not serve (negative cases send one on purpose), or an image the observer says
 * belongs to another account (only its owner can share it; a public image is the common case). A subject the
 * caller cannot see or does not own holds no share of the caller's to undo, and nothing of it shows in a read-back
 * of the world. Refusals that speak of the caller's permissions in general (CAM) prove nothing and do not count.
 * (Negative cases send such IDs on purpose; without this, an intent of theirs that met a fault stayed pending for
 * ever, and every `tcconform cleanup` failed.)
 */
export function subjectUnseen(code: string): boolean {
  return /^(ResourceNotFound|InvalidParameter|InvalidParameterValue|InvalidImageId|UnsupportedRegion)(\.|$)/.test(code) || /NotFound|Malformed/.test(code)
    || code === 'UnauthorizedOperation.ImageNotBelongToAccount';
}
