// The share state of the fixture resources of one region, read back through the observers: every holder of every
// fixture resource's share lists (share-semantics.ts). A case that sends a mutating request reads it before and after,
// so an effect on an account or a resource the request did not name, or of a refused request, shows; and the
// difference is what must be put back.

import type { Fixtures } from '../../core/fixtures.ts';
import type { Params } from '../../core/types.ts';
import type { TargetClient } from './target-client.ts';
import type { ShareList } from './share-lists.ts';
import { namedResources, shareLists, shareSemantics } from './share-semantics.ts';

/** One holder of one fixture resource's share list. */
export interface ShareLine {
  readonly list: ShareList;
  readonly id: string;
  readonly holder: string;
  /** `blueprint lhbp-… shared-with 100…`: comparable and readable. */
  readonly key: string;
}

/** A fixture resource and the share list it is read through. */
export interface FixtureResource {
  readonly list: ShareList;
  readonly id: string;
}

/** The fixture resources of `region`, one per share list whose fixture field is set. */
export function fixtureResources(fixtures: Fixtures, region: string): FixtureResource[] {
  const r = fixtures.regions[region];
  return shareLists().flatMap((list) => {
    const id = r?.[list.product]?.[list.fixture];
    return typeof id === 'string' ? [{ list, id }] : [];
  });
}

/** The other resources the fixtures' situations of `region` name, per share list (a situation of the list's product
 * giving the list's resource parameter): the resources a rule case sends its request to. A refusal that was wrongly
 * applied lands on them, not on the fixture resources, so a request naming one is tracked and read back too (when
 * it can be read: an ID that exists nowhere, or a resource of another account, has no share list to compare). */
export function situationResources(fixtures: Fixtures, region: string): FixtureResource[] {
  const r = fixtures.regions[region];
  const seen = new Set(fixtureResources(fixtures, region).map((f) => `${f.list.noun} ${f.id.toLowerCase()}`));
  return shareLists().flatMap((list) => Object.values(r?.[list.product]?.situations ?? {}).flatMap((s) => {
    const id = s.params[list.param];
    const key = `${list.noun} ${String(id).toLowerCase()}`;
    if (typeof id !== 'string' || seen.has(key)) return [];
    seen.add(key);
    return [{ list, id }];
  }));
}

/** Whether a request to `operation` names one of `resources` (as the nearest valid request would read it). */
export function namesFixture(operation: string, params: Params, resources: readonly FixtureResource[]): boolean {
  const list = shareSemantics(operation)?.list;
  if (list === undefined) return false;
  const named = namedResources(list, params).map((id) => id.trim().toLowerCase());
  return resources.some((r) => r.list.param === list.param && named.includes(r.id.toLowerCase()));
}

/** Every holder of every resource, or the first read that failed. */
export async function readFixtureShares(client: TargetClient, region: string, resources: readonly FixtureResource[]): Promise<{ ok: true; lines: ShareLine[] } | { ok: false; why: string }> {
  const lines: ShareLine[] = [];
  for (const { list, id } of resources) {
    const back = await list.read(client, region, id);
    if (!back.ok) return { ok: false, why: `cannot read the shares of ${list.noun} ${id}: ${back.why}` };
    lines.push(...back.value.map((holder) => ({ list, id, holder, key: `${list.noun} ${id} shared-with ${holder}` })));
  }
  return { ok: true, lines: lines.sort((a, b) => a.key.localeCompare(b.key)) };
}

/** Lines of `a` not in `b`. */
export function linesNotIn(a: readonly ShareLine[], b: readonly ShareLine[]): ShareLine[] {
  const keys = new Set(b.map((l) => l.key));
  return a.filter((l) => !keys.has(l.key));
}
