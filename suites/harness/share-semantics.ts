// Per-action share semantics, written once: for every mutating action, the share list it changes (how to read its
// shares back, how to add and remove them, what to protect: share-lists.ts) and which way a request moves it.
// The undo, protection, read-back, snapshot, fixture and probe code consult this table instead of switching on
// operation keys; a new mutating action is a spec entry and a row here.

import type { Params } from '../../core/types.ts';
import type { UndoCall } from './ledger-entry.ts';
import { blueprintAccounts, imageAccounts, imageIntoLighthouse, type ShareList } from './share-lists.ts';

/** Which way a request moves its share list: adds the named holders, removes them, or cannot change anything. */
export type Direction = 'share' | 'cancel' | undefined;

/** How one mutating action changes shares. */
export interface ShareSemantics {
  readonly list: ShareList;
  /** The request's direction. */
  readonly direction: (params: Params) => Direction;
}

/** A Permission read as the nearest valid one: anything that reads as CANCEL (any case, `CANEL`) removes shares, and
 * anything else, a lower-case `share`, an unknown value or none, is taken as a SHARE: if a target accepts it, the
 * suite undoes it as one (a needless undo of a share that never happened finds nothing and costs one read-back). */
const byPermission = (params: Params): Direction => {
  const p = params['Permission'];
  return typeof p === 'string' && /^\s*CAN/i.test(p) ? 'cancel' : 'share';
};

/** The table, one row per mutating action (keys are operation keys of generated/operations.ts). */
export const SHARE_SEMANTICS: Readonly<Record<string, ShareSemantics>> = {
  'lighthouse.ShareBlueprintAcrossAccounts': { list: blueprintAccounts, direction: () => 'share' },
  'lighthouse.CancelShareBlueprintAcrossAccounts': { list: blueprintAccounts, direction: () => 'cancel' },
  'lighthouse.ModifyImageSharePermission': { list: imageIntoLighthouse, direction: byPermission },
  'cvm.ModifyImageSharePermission': { list: imageAccounts, direction: byPermission },
};

/** The row of `operation`; undefined for read-only actions. */
export function shareSemantics(operation: string): ShareSemantics | undefined {
  return SHARE_SEMANTICS[operation];
}

/** The part of the fixture state a share list is (the concurrent scheduler locks parts one by one): its product and
 * resource ID parameter, `lighthouse.BlueprintId`, `cvm.ImageId`, `lighthouse.ImageId`. */
export function partOf(list: ShareList): string {
  return `${list.product}.${list.param}`;
}

/** The distinct share lists of the table, in table order. */
export function shareLists(): ShareList[] {
  return [...new Set(Object.values(SHARE_SEMANTICS).map((s) => s.list))];
}

/** The account IDs a request names, read as the nearest valid request would: strings and numbers of the list, or
 * a lone ID where a list belongs (a target that accepts a wrong type shares with what it could read). */
export function namedAccounts(params: Params): string[] {
  const v = params['AccountIds'];
  const items: unknown[] = Array.isArray(v) ? v : v === undefined ? [] : [v];
  return [...new Set(items.filter((a) => typeof a === 'string' || typeof a === 'number').map(String))];
}

/** The resource IDs a request names: as sent and, when different, trimmed and lower-cased (IDs are lower-case; a target
 * that reads them loosely changes that resource). */
export function namedResources(list: ShareList, params: Params): string[] {
  const id = params[list.param];
  if (typeof id !== 'string') return [];
  const near = id.trim().toLowerCase();
  return near === id ? [id] : [id, near];
}

/** The holders a request on `operation` names: its accounts, or the resource itself for a resource-shared list.
 * A request naming a protected holder must never be undone. */
export function namedHolders(operation: string, params: Params): string[] {
  const list = shareSemantics(operation)?.list;
  if (list === undefined) return [];
  return list.holders === 'accounts' ? namedAccounts(params) : namedResources(list, params);
}

/** The share lines (as fixture-shares.ts writes them) a request on `operation` names: each named account of each
 * named resource, or `<resource> shared-with *` for a list whose holders the share itself makes. */
export function namedLines(operation: string, params: Params): string[] {
  const list = shareSemantics(operation)?.list;
  if (list === undefined) return [];
  return namedResources(list, params).flatMap((id) =>
    (list.holders === 'accounts' ? namedAccounts(params).map((a) => `${list.noun} ${id} shared-with ${a}`) : [`${list.noun} ${id} shared-with *`]));
}

/** The requests that reverse `operation(params)` in `region` as the nearest valid request: one per named account
 * (every one, over a limit or not, the caller's own included) and resource form; empty for a cancel. */
export function reverseOf(operation: string, region: string, params: Params): UndoCall[] {
  const sem = shareSemantics(operation);
  if (sem === undefined || sem.direction(params) !== 'share') return [];
  const { list } = sem;
  return namedResources(list, params).flatMap((id) =>
    (list.holders === 'accounts' ? namedAccounts(params).map((a) => list.cancel(region, id, [a])) : [list.cancel(region, id, [])]));
}

/** The action and parameter whose documented form a fixture value must have (the first row naming it). */
export function fixtureForm(field: 'blueprintId' | 'imageId' | 'account'): { operation: string; param: string } {
  for (const [operation, s] of Object.entries(SHARE_SEMANTICS)) {
    if (field === 'account' && s.list.holders === 'accounts') return { operation, param: 'AccountIds' };
    if (s.list.fixture === field) return { operation, param: s.list.param };
  }
  throw new Error(`no mutating action names a ${field}`);
}
