// A snapshot of share state read back through the observer actions only: every blueprint (ID, state, shared
// flag, source image) with its share list, and every image's share list, per region of the fixtures. Two
// snapshots are equal when a run left the target as it found it.

import { operationByKey } from '../../generated/operations.ts';
import { TargetFault } from './case-run.ts';
import type { TargetClient } from './target-client.ts';
import { blueprintShares, imageShares } from './read-shares.ts';

/** Region → sorted lines describing the state; lines make diffs readable. */
export type WorldSnapshot = Record<string, string[]>;

/** Reads the snapshot of `regions`; a failed read is a TargetFault. */
export async function snapshotWorld(client: TargetClient, regions: readonly string[]): Promise<WorldSnapshot> {
  const out: WorldSnapshot = {};
  for (const region of regions) {
    const lines: string[] = [];
    for (const b of await listAll(client, region, 'lighthouse.DescribeBlueprints', 'BlueprintSet')) {
      const id = String(b['BlueprintId']);
      lines.push(`blueprint ${id} ${String(b['BlueprintType'])} ${String(b['BlueprintState'])} shared=${String(b['BlueprintShared'])} image=${String(b['ImageId'])}`);
      if (b['BlueprintType'] !== 'PRIVATE') continue;
      const shares = await blueprintShares(client, region, id);
      if (!shares.ok) throw new TargetFault(`cannot read shares of ${id}: ${shares.why}`);
      lines.push(...shares.value.map((a) => `blueprint ${id} shared-with ${a}`));
    }
    for (const i of await listAll(client, region, 'cvm.DescribeImages', 'ImageSet')) {
      const id = String(i['ImageId']);
      lines.push(`image ${id} ${String(i['ImageType'])} ${String(i['ImageState'])}`);
      if (i['ImageType'] !== 'PRIVATE_IMAGE') continue;
      const shares = await imageShares(client, region, id);
      if (!shares.ok) throw new TargetFault(`cannot read shares of ${id}: ${shares.why}`);
      lines.push(...shares.value.map((a) => `image ${id} shared-with ${a}`));
    }
    out[region] = lines.sort();
  }
  return out;
}

async function listAll(client: TargetClient, region: string, key: string, field: string): Promise<Record<string, unknown>[]> {
  const items: Record<string, unknown>[] = [];
  for (let offset = 0; offset < 100_000; offset += 100) {
    const sent = await client.call({ operation: operationByKey(key), params: { Offset: offset, Limit: 100 }, region });
    const env = sent.envelope;
    if (env.kind !== 'success') throw new TargetFault(`${key} failed: ${env.kind === 'error' ? env.code : env.problem}`);
    const page = Array.isArray(env.fields[field]) ? (env.fields[field] as Record<string, unknown>[]) : [];
    items.push(...page);
    if (page.length < 100) break;
  }
  return items;
}
