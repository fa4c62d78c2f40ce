// Before a run against a live account or an endpoint: one read-only signed request, to fail fast (exit 3)
// when nothing answers instead of erroring every case.

import { operationByKey } from '../../generated/operations.ts';
import { TargetUnreachableError } from '../../core/errors.ts';
import type { TargetClient } from './target-client.ts';
import { shareLists } from './share-semantics.ts';

/** Resolves when the target answers anything over HTTP; throws TargetUnreachableError otherwise. */
export async function probeTarget(client: TargetClient, region: string, where: string): Promise<void> {
  // The first inventory observer of the share-semantics table: read-only, and every target serves it.
  const [inventory] = shareLists().flatMap((l) => (l.inventory === undefined ? [] : [l.inventory.op]));
  if (inventory === undefined) throw new Error('the share-semantics table lists no inventory observer');
  const sent = await client.call({ operation: operationByKey(inventory), params: { Limit: 1 }, region, unpaced: true });
  const failure = sent.exchange.failure;
  if (failure !== undefined) throw new TargetUnreachableError(`target unreachable: ${where}: ${failure.code}: ${failure.message}`);
}
