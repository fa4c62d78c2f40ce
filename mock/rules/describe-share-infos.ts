// Lighthouse DescribeBlueprintsShareAcrossAccountInfos (observer): the shares of the caller's blueprints.
import type { ShareEntry } from '../world/world.ts';
import { distinctStrings } from './as-strings.ts';
import { callerGate } from './caller-gate.ts';
import { applyFilters, exactly, paginate } from './filters.ts';
import { success, unchanged } from './outcome.ts';
import type { Transition } from './transition.ts';

/** One row per (blueprint, account) for the named blueprints the caller owns in the region; others are skipped. */
export const describeShareInfos: Transition = (state, params, ctx) => {
  const refused = callerGate('DescribeBlueprintsShareAcrossAccountInfos', ctx);
  if (refused !== undefined) return unchanged(state, refused);
  const rows: Array<ShareEntry & { blueprintId: string }> = [];
  for (const id of distinctStrings(params, 'BlueprintIds')) {
    const b = state.blueprints.get(id);
    if (b === undefined || b.region !== ctx.region || b.owner !== ctx.caller.id) continue;
    for (const share of b.shares) rows.push({ ...share, blueprintId: b.id });
  }
  const filtered = applyFilters(rows, params, { 'account-id': (row, v) => exactly(row.accountId, v) });
  if (!filtered.ok) return unchanged(state, filtered.error);
  const { page, total } = paginate(filtered.value, params);
  const set = page.map((r) => ({ BlueprintId: r.blueprintId, AccountId: r.accountId, CreatedTime: r.createdTime }));
  return unchanged(state, success({ BlueprintShareAcrossAccountInfoSet: set, TotalCount: total }));
};
