// The observer_consistency judgements the observer probes go on to (observer-cases.ts `then`): paging against
// TotalCount, the default Limit, and one resource as a listing and a lookup by ID report it.

import type { Operation } from '../../generated/operations.ts';
import { defaultLimitConsistency, fieldAgreement, pagingConsistency } from '../../checks/observer-consistency.ts';
import type { CaseRun } from './case-run.ts';
import { findListed, itemsOf, pageThrough, type Listing } from './observer-reads.ts';

/** Pages through `l` and judges the pages against TotalCount and the whole answer. */
export async function judgePaging(run: CaseRun, l: Listing, subject: string): Promise<void> {
  const read = await pageThrough(run, l);
  if (read !== undefined) run.addFindings(pagingConsistency({ operation: l.op.key, docs: l.op.docs, subject, ...read }));
}

/** A listing sent without Limit holds min(TotalCount, 20) items. */
export function judgeDefaultLimit(run: CaseRun, op: Operation, fields: Readonly<Record<string, unknown>>, field: string, subject: string): void {
  const totalCount = Number(fields['TotalCount']);
  if (!Number.isInteger(totalCount)) return run.cannotJudge(`${op.key} answered TotalCount ${String(fields['TotalCount'])}`);
  run.addFindings(defaultLimitConsistency({ operation: op.key, docs: op.docs, subject, totalCount, listed: itemsOf(fields, field).length }));
}

/** The resource `id` as the lookup answered it (`fields`) and as listing `l` lists it: every field both carry agrees. */
export async function judgeLookupAgainstListing(run: CaseRun, fields: Readonly<Record<string, unknown>>, l: Listing, id: string, lookup: string, listing: string): Promise<void> {
  const looked = itemsOf(fields, l.field).find((i) => String(i[l.id]) === id);
  if (looked === undefined) return run.cannotJudge(`${l.op.key} by ID did not list ${id}`);
  const listed = await findListed(run, l, id);
  if (listed === undefined) {
    run.addFindings(fieldAgreement({ operation: l.op.key, docs: l.op.docs, subject: `${id}`, field: l.id, a: { source: lookup, value: id }, b: { source: listing, value: null } }));
    return;
  }
  for (const field of Object.keys(looked).filter((k) => Object.hasOwn(listed, k)).sort()) {
    run.addFindings(fieldAgreement({ operation: l.op.key, docs: l.op.docs, subject: id, field, a: { source: lookup, value: looked[field] }, b: { source: listing, value: listed[field] } }));
  }
}
