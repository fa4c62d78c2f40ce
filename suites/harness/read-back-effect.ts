// After a mutating request met a target fault (no answer, HTTP 5xx, InternalError, throttling) nobody knows
// whether it took effect. It is never re-sent blindly: the share state is read back through the observers, the
// same way an undo is verified (apply-undo.ts), and the ledger entry is settled only when nothing is left.
import type { IntentEntry } from './ledger-entry.ts';
import type { TargetClient } from './target-client.ts';
import { residual } from './apply-undo.ts';

/** `applied`: some of the change is there (undo it); `absent`: none of it; `unknown`: the read-back failed too. */
export type Effect = { readonly kind: 'applied' } | { readonly kind: 'absent' } | { readonly kind: 'unknown'; readonly why: string };

/** Reads back every share the intent's undo requests would remove. */
export async function readBackEffect(client: TargetClient, intent: IntentEntry): Promise<Effect> {
  for (const undo of intent.undo) {
    const there = await residual(client, undo);
    if (typeof there === 'string') return { kind: 'unknown', why: there };
    if (there) return { kind: 'applied' };
  }
  return { kind: 'absent' };
}

/** How an effect reads in the case's fault message. */
export function describeEffect(effect: Effect): string {
  if (effect.kind === 'applied') return 'read back: the change took effect; it is undone with the case';
  if (effect.kind === 'absent') return 'read back: the change did not take effect; not re-sent';
  return `read back failed (${effect.why}); left in the ledger for the undo pass and tcconform cleanup`;
}
