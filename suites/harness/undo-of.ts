// The requests that reverse a mutating request, derived from the documented semantics of each action.
// One undo request per recipient account: after a later partial cancel, each one still either succeeds or
// finds nothing to cancel, and never leaves a share behind because a sibling account was already gone.

import type { Params } from '../../core/types.ts';
import type { UndoCall } from './ledger-entry.ts';

/** The undo of `operation(params)` in `region`; empty when the request cannot leave anything to undo. */
export function undoOf(operation: string, region: string, params: Params): UndoCall[] {
  const accounts = Array.isArray(params['AccountIds']) ? (params['AccountIds'] as unknown[]).filter((a) => typeof a === 'string') : [];
  switch (operation) {
    case 'lighthouse.ShareBlueprintAcrossAccounts':
      return accounts.map((a) => ({ operation: 'lighthouse.CancelShareBlueprintAcrossAccounts', region, params: { BlueprintId: params['BlueprintId'], AccountIds: [a] } }));
    case 'lighthouse.ModifyImageSharePermission':
      return params['Permission'] === 'SHARE' ? [{ operation, region, params: { ImageId: params['ImageId'], Permission: 'CANCEL' } }] : [];
    case 'cvm.ModifyImageSharePermission':
      return params['Permission'] === 'SHARE'
        ? accounts.map((a) => ({ operation, region, params: { ImageId: params['ImageId'], AccountIds: [a], Permission: 'CANCEL' } }))
        : [];
    default:
      // Cancels only ever remove shares the run itself made (no case cancels a share that existed before the
      // run), so there is nothing to restore after one.
      return [];
  }
}
