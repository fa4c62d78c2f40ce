// Many per-account undos of one resource (a case that shared with hundreds of accounts) are sent first as one cancel
// naming them all, in chunks of the cancel's documented AccountIds maximum (CVM documents none): one read-back then
// says which accounts are still there, and only those are undone one by one. A refused or lost batch costs one
// request and leaves every per-account undo to do; it never cancels more than the per-account undos would.

import { operationByKey } from '../../generated/operations.ts';
import type { UndoCall } from './ledger-entry.ts';
import type { TargetClient } from './target-client.ts';
import { namedAccounts, shareSemantics } from './share-semantics.ts';

/** Below this many undos of one resource the per-account undos are sent as they are. */
export const BATCH_FROM = 3;

/** The documented maximum of the cancel's AccountIds, or undefined when no source gives one. */
export function accountsMax(operation: string): number | undefined {
  return operationByKey(operation).constraints.find((k) => k.kind === 'over-limit' && k.param === 'AccountIds')?.bound;
}

/** The undos grouped per cancel action, region and resource, in first-seen order. */
export function groupByResource(undos: readonly UndoCall[]): UndoCall[][] {
  const groups = new Map<string, UndoCall[]>();
  for (const u of undos) {
    const list = shareSemantics(u.operation)?.list;
    const key = `${u.operation}|${u.region}|${list === undefined ? '' : String(u.params[list.param])}`;
    const group = groups.get(key) ?? [];
    group.push(u);
    groups.set(key, group);
  }
  return [...groups.values()];
}

/** The batched cancels of one resource's per-account undos (`group` non-empty, one action, region, resource). */
export function batchesOf(group: readonly UndoCall[]): UndoCall[] {
  const first = group[0] as UndoCall;
  const list = shareSemantics(first.operation)?.list;
  if (list === undefined || list.holders !== 'accounts' || group.length < BATCH_FROM) return [];
  const accounts = [...new Set(group.flatMap((u) => namedAccounts(u.params)))];
  const size = accountsMax(first.operation) ?? accounts.length;
  const out: UndoCall[] = [];
  for (let i = 0; i < accounts.length; i += size) out.push(list.cancel(first.region, String(first.params[list.param]), accounts.slice(i, i + size)));
  return out;
}

/** Batch rounds per resource: a batch lost to a target fault (an HTML 502, a reset) is sent again for what the
 * read-back after it still shows, never blindly; what is left after the last round goes account by account. */
export const BATCH_ROUNDS = 3;

/** Sends the batches of every large group, then returns the per-account undos still to send: those whose account
 * the read-back after the last batch round still shows (all of what was left when a read-back fails, and every small
 * group as it was). */
export async function undoInBatches(client: TargetClient, undos: readonly UndoCall[]): Promise<UndoCall[]> {
  const left: UndoCall[] = [];
  for (const group of groupByResource(undos)) left.push(...await undoGroup(client, group));
  return left;
}

/** One resource's undos: batch rounds while a read-back shows enough of them still to do. */
async function undoGroup(client: TargetClient, group: readonly UndoCall[]): Promise<UndoCall[]> {
  let todo = group;
  for (let round = 0; round < BATCH_ROUNDS; round++) {
    const batches = batchesOf(todo);
    if (batches.length === 0) return [...todo];
    for (const b of batches) await client.call({ operation: operationByKey(b.operation), params: b.params, region: b.region, retry: false });
    const first = todo[0] as UndoCall;
    const list = shareSemantics(first.operation)?.list;
    const back = list === undefined ? undefined : await list.read(client, first.region, String(first.params[list.param]));
    if (back === undefined || !back.ok) return [...todo];
    const still = new Set(back.value);
    todo = todo.filter((u) => namedAccounts(u.params).some((a) => still.has(a)));
    if (todo.length === 0) return [];
  }
  return [...todo];
}
