// observer_consistency: an observer's answers agree with themselves and with the other observers. TotalCount is
// the size of the set that paging through it (Offset / Limit) yields, no page holds more than its Limit, a listing
// without Limit holds the documented default of 20, and one resource reads the same wherever it is listed.

import { finding, type Finding } from './finding.ts';

/** One page of a paged read: what was asked and what came back. */
export interface Page {
  readonly offset: number;
  readonly limit: number;
  readonly totalCount: number;
  /** The IDs of the page's items, in order. */
  readonly ids: readonly string[];
}

/** A set read whole (one answer, Limit 100) and the same set read in pages. */
export interface PagingObservation {
  readonly operation: string;
  readonly docs: readonly string[];
  /** e.g. `blueprints of the caller` (for messages). */
  readonly subject: string;
  readonly whole: Page;
  readonly pages: readonly Page[];
}

const base = (operation: string, docs: readonly string[]) => ({ check: 'observer_consistency' as const, operation, docs });

/** TotalCount against the items paging yields; page sizes against their Limit; the pages against the whole answer. */
export function pagingConsistency(o: PagingObservation): Finding[] {
  const b = base(o.operation, o.docs);
  const out: Finding[] = [];
  const all = [o.whole, ...o.pages];
  const totals = [...new Set(all.map((p) => p.totalCount))];
  if (totals.length > 1) {
    out.push(finding({ ...b, severity: 'major', title: 'TotalCount changes from page to page',
      detail: `${o.subject}: the answers of one unchanged set gave TotalCount ${totals.join(', ')}.` }));
  }
  const oversize = all.find((p) => p.ids.length > p.limit);
  if (oversize !== undefined) {
    out.push(finding({ ...b, severity: 'major', title: 'A page holds more items than its Limit',
      detail: `${o.subject}: Offset ${oversize.offset}, Limit ${oversize.limit} returned ${oversize.ids.length} items.` }));
  }
  const paged = o.pages.flatMap((p) => p.ids);
  const repeated = [...new Set(paged.filter((id, i) => paged.indexOf(id) !== i))];
  if (repeated.length > 0) {
    out.push(finding({ ...b, severity: 'major', title: 'Paging returns an item twice',
      detail: `${o.subject}: ${repeated.slice(0, 5).join(', ')} appeared on more than one page (Offset is not honoured).` }));
  }
  const total = o.whole.totalCount;
  if (paged.length !== total) {
    out.push(finding({ ...b, severity: 'major', title: 'TotalCount disagrees with the items paging yields',
      detail: `${o.subject}: TotalCount is ${total}; paging with Limit ${o.pages[0]?.limit ?? '?'} from Offset 0 yielded ${paged.length} items.` }));
  }
  if (total <= o.whole.limit && o.whole.ids.length !== total) {
    out.push(finding({ ...b, severity: 'major', title: 'TotalCount disagrees with the items of a whole answer',
      detail: `${o.subject}: TotalCount is ${total}, within Limit ${o.whole.limit}, but the answer listed ${o.whole.ids.length} items.` }));
  }
  const missing = total <= o.whole.limit ? o.whole.ids.filter((id) => !paged.includes(id)) : [];
  if (missing.length > 0 && repeated.length === 0) {
    out.push(finding({ ...b, severity: 'major', title: 'Paging misses items of the whole answer',
      detail: `${o.subject}: ${missing.slice(0, 5).join(', ')} were listed in one answer but on no page.` }));
  }
  return out;
}

/** A listing sent without Limit: the docs give 20 as the default page size. */
export function defaultLimitConsistency(o: { readonly operation: string; readonly docs: readonly string[]; readonly subject: string; readonly totalCount: number; readonly listed: number }): Finding[] {
  const expected = Math.min(o.totalCount, 20);
  if (o.listed === expected) return [];
  return [finding({ ...base(o.operation, o.docs), severity: 'minor', title: 'A listing without Limit does not hold the documented default of 20',
    detail: `${o.subject}: TotalCount ${o.totalCount}, so the default Limit of 20 should list ${expected}; the answer listed ${o.listed}.` })];
}

/** One field of one resource as two answers report it. */
export interface FieldAgreement {
  readonly operation: string;
  readonly docs: readonly string[];
  /** e.g. `blueprint lhbp-… ` */
  readonly subject: string;
  readonly field: string;
  readonly a: { readonly source: string; readonly value: unknown };
  readonly b: { readonly source: string; readonly value: unknown };
}

/** The two reports must be equal (JSON-equal); a field one side lacks is not compared. */
export function fieldAgreement(o: FieldAgreement): Finding[] {
  if (o.a.value === undefined || o.b.value === undefined) return [];
  if (JSON.stringify(o.a.value) === JSON.stringify(o.b.value)) return [];
  return [finding({ ...base(o.operation, o.docs), severity: 'major', title: `Observers disagree on ${o.field}`,
    detail: `${o.subject}: ${o.a.source} says ${JSON.stringify(o.a.value)}, ${o.b.source} says ${JSON.stringify(o.b.value)}.`,
    dedupKey: `observer_consistency|${o.operation}|${o.field}|${o.a.source}|${o.b.source}` })];
}
