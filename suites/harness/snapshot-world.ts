// A snapshot of share state read back through the observer actions only: for every share list of
// share-semantics.ts with an inventory, every resource (one line) and the holders of each one that can hold
// shares, per region of the fixtures. Two snapshots are equal when a run left the target as it found it.

import { operationByKey } from '../../generated/operations.ts';
import { TargetFault } from './case-run.ts';
import type { TargetClient } from './target-client.ts';
import { shareLists } from './share-semantics.ts';

/** Region → sorted lines describing the state; lines make diffs readable. */
export type WorldSnapshot = Record<string, string[]>;

/** Reads the snapshot of `regions`; a failed read is a TargetFault. */
export async function snapshotWorld(client: TargetClient, regions: readonly string[]): Promise<WorldSnapshot> {
  const out: WorldSnapshot = {};
  for (const region of regions) {
    const lines: string[] = [];
    for (const list of shareLists()) {
      const inv = list.inventory;
      if (inv === undefined) continue;
      for (const item of await listAll(client, region, inv.op, inv.field)) {
        const id = String(item[inv.id]);
        lines.push(inv.line(item));
        if (!inv.shareable(item)) continue;
        const shares = await list.read(client, region, id);
        // A site without the list's observer: nothing on it can change the list (site-skip.ts), so there is nothing to compare.
        if (!shares.ok && shares.unavailable === true) continue;
        if (!shares.ok) throw new TargetFault(`cannot read shares of ${id}: ${shares.why}`);
        lines.push(...shares.value.map((a) => `${list.noun} ${id} shared-with ${a}`));
      }
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
