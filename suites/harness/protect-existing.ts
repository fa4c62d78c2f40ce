// Before a request that should be refused but might not be: read who already has the share, so that if the
// target wrongly accepts it, the undo never removes a share that existed before the run.

import type { Params } from '../../core/types.ts';
import type { CaseRun } from './case-run.ts';
import { shareSemantics } from './share-semantics.ts';

/** Protects the existing shares of the resource `params` names on a mutating operation (best effort). */
export async function protectExisting(run: CaseRun, operation: string, region: string, params: Params): Promise<void> {
  const list = shareSemantics(operation)?.list;
  const id = list === undefined ? undefined : params[list.param];
  if (list === undefined || typeof id !== 'string') return;
  const back = await list.read(run.client, region, id);
  if (!back.ok) return;
  if (list.holders === 'accounts') run.protect(back.value);
  else if (back.value.length > 0) run.protect([id]);
}
