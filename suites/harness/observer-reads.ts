// The reads behind observer_consistency: a set paged through with Offset / Limit, and one resource looked up in a
// listing. Every read is sent through the case (judged like any answer); a read that is refused or faults ends
// the judgement with a reason, so the case errors instead of passing.

import type { Operation } from '../../generated/operations.ts';
import type { Params } from '../../core/types.ts';
import type { Page } from '../../checks/observer-consistency.ts';
import { TargetFault, type CaseRun } from './case-run.ts';

/** Where a listing keeps its items and their IDs. */
export interface Listing {
  readonly op: Operation;
  readonly region: string;
  /** Parameters besides Offset and Limit (a filter, the blueprint IDs). */
  readonly params: Params;
  readonly field: string;
  readonly id: string;
}

/** At most this many pages are read; a larger set cannot be judged by paging (the case errors with the reason). */
const MAX_PAGES = 20;

/** Items of a success answer's `field`. */
export function itemsOf(fields: Readonly<Record<string, unknown>>, field: string): Record<string, unknown>[] {
  const v = fields[field];
  return Array.isArray(v) ? v.filter((x): x is Record<string, unknown> => typeof x === 'object' && x !== null) : [];
}

/** One page, or a TargetFault when the read was not a success (its answer is judged by the case already). */
export async function readPage(run: CaseRun, l: Listing, offset: number, limit: number): Promise<{ page: Page; items: Record<string, unknown>[] }> {
  const { sent } = await run.send({ operation: l.op, params: { ...l.params, Offset: offset, Limit: limit }, region: l.region }, { kind: 'success' });
  if (sent.envelope.kind !== 'success') throw new TargetFault(`${l.op.key} page at Offset ${offset} was not answered with success`);
  const items = itemsOf(sent.envelope.fields, l.field);
  const totalCount = Number(sent.envelope.fields['TotalCount']);
  return { page: { offset, limit, totalCount, ids: items.map((i) => String(i[l.id])) }, items };
}

/** The set read whole (Limit 100) and then in pages of about a third of it; undefined (the case errors) when too large. */
export async function pageThrough(run: CaseRun, l: Listing): Promise<{ whole: Page; pages: Page[] } | undefined> {
  const first = await readPage(run, l, 0, 100);
  const total = first.page.totalCount;
  if (!Number.isInteger(total) || total < 0) throw new TargetFault(`${l.op.key} answered TotalCount ${String(total)}; paging cannot be judged`);
  const size = Math.min(100, Math.max(1, Math.ceil(total / 3)));
  if (Math.ceil(total / size) > MAX_PAGES) {
    run.cannotJudge(`${l.op.key} lists ${total} items: more than ${MAX_PAGES} pages of ${size}`);
    return undefined;
  }
  const pages: Page[] = [];
  for (let offset = 0; offset < Math.max(total, 1); offset += size) pages.push((await readPage(run, l, offset, size)).page);
  return { whole: first.page, pages };
}

/** The item with ID `id` in a listing (paged with Limit 100), or undefined when no page holds it. */
export async function findListed(run: CaseRun, l: Listing, id: string): Promise<Record<string, unknown> | undefined> {
  for (let offset = 0, page = 0; page < MAX_PAGES; page++, offset += 100) {
    const { page: p, items } = await readPage(run, l, offset, 100);
    const hit = items.find((i) => String(i[l.id]) === id);
    if (hit !== undefined) return hit;
    if (offset + 100 >= p.totalCount) return undefined;
  }
  return undefined;
}
