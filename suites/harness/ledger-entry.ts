// Ledger records: an intent is written (and flushed) before a possibly mutating request is sent; a settlement
// after its effect is known to be gone. `tcconform cleanup` undoes every intent without a settlement.

import type { Params } from '../../core/types.ts';

/** The request that reverses a mutation. */
export interface UndoCall {
  readonly operation: string;
  readonly region: string;
  readonly params: Params;
}

/** Written before sending a request that may change the target. */
export interface IntentEntry {
  readonly kind: 'intent';
  readonly id: string;
  readonly at: string;
  readonly operation: string;
  readonly region: string;
  readonly params: Params;
  /** The requests that reverse it, one per recipient so a partial later cancel never blocks the rest. */
  readonly undo: readonly UndoCall[];
}

/** Written once the intent's effect is known to be absent: refused, undone, or cleaned up. */
export interface SettledEntry {
  readonly kind: 'settled';
  readonly id: string;
  readonly at: string;
  readonly how: 'refused' | 'undone' | 'cleanup';
}

/** One line of the ledger file (JSON Lines). */
export type LedgerEntry = IntentEntry | SettledEntry;
