// Which operation an observation belongs to: the one its exchange went to (a model case sends shares, cancels and
// reads), so coverage, drift and the page credit a code to the action that answered, never to the case's own.

import type { Observed } from '../checks/run-checks.ts';

/** The operation of `o`; files written before observations carried it are read as the case's own. */
export function observedOperation(c: { readonly operation: string }, o: Observed): string {
  return o.operation ?? c.operation;
}
