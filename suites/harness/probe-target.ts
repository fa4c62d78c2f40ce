// Before a run against a live account or an endpoint: one read-only signed request, to fail fast (exit 3)
// when nothing answers instead of erroring every case.

import { operationByKey } from '../../generated/operations.ts';
import { TargetUnreachableError } from '../../core/errors.ts';
import type { TargetClient } from './target-client.ts';

/** Resolves when the target answers anything over HTTP; throws TargetUnreachableError otherwise. */
export async function probeTarget(client: TargetClient, region: string, where: string): Promise<void> {
  const sent = await client.call({ operation: operationByKey('lighthouse.DescribeBlueprints'), params: { Limit: 1 }, region, unpaced: true });
  const failure = sent.exchange.failure;
  if (failure !== undefined) throw new TargetUnreachableError(`target unreachable: ${where}: ${failure.code}: ${failure.message}`);
}
