// The requests that reverse a mutating request, derived from the action's row in share-semantics.ts.
// One undo request per recipient account: after a later partial cancel, each one still either succeeds or
// finds nothing to cancel, and never leaves a share behind because a sibling account was already gone.

import type { Params } from '../../core/types.ts';
import type { UndoCall } from './ledger-entry.ts';
import { reverseOf } from './share-semantics.ts';

/** The undo of `operation(params)` in `region`; empty when the request cannot leave anything to undo. Cancels only
 * ever remove shares the run itself made (no case cancels a share that existed before the run). */
export function undoOf(operation: string, region: string, params: Params): UndoCall[] {
  return reverseOf(operation, region, params);
}
