// Before a request that should be refused but might not be: read who already has the share, so that if the
// target wrongly accepts it, the undo never removes a share that existed before the run.

import type { Params } from '../../core/types.ts';
import type { CaseRun } from './case-run.ts';
import { blueprintShares, blueprintsFromImage, imageShares } from './read-shares.ts';

/** Protects the existing shares of the resource `params` names on a mutating operation (best effort). */
export async function protectExisting(run: CaseRun, operation: string, region: string, params: Params): Promise<void> {
  const blueprintId = typeof params['BlueprintId'] === 'string' ? params['BlueprintId'] : undefined;
  const imageId = typeof params['ImageId'] === 'string' ? params['ImageId'] : undefined;
  if (operation.startsWith('lighthouse.') && blueprintId !== undefined) {
    const back = await blueprintShares(run.client, region, blueprintId);
    if (back.ok) run.protect(back.value);
  } else if (operation === 'lighthouse.ModifyImageSharePermission' && imageId !== undefined) {
    const back = await blueprintsFromImage(run.client, region, imageId);
    if (back.ok && back.value.length > 0) run.protect([imageId]);
  } else if (operation === 'cvm.ModifyImageSharePermission' && imageId !== undefined) {
    const back = await imageShares(run.client, region, imageId);
    if (back.ok) run.protect(back.value);
  }
}
