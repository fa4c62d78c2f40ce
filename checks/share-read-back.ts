// The input of the two read-back checks: the share state of the fixture resources before a case's mutating
// requests and after everything the case meant to change was undone, with the requests that ran in between.

/** One mutating request of the case, as the read-back checks cite it. */
export interface ReadBackRequest {
  /** `lighthouse.ShareBlueprintAcrossAccounts {"BlueprintId":…}` */
  readonly summary: string;
  readonly refused: boolean;
  /** The request's operation key, and whether it moves shares in (a share) or out (a cancel): what a change is
   * credited to. Absent in read-backs of older callers; the case's operation is named then. */
  readonly operation?: string;
  readonly adds?: boolean;
  /** The share lines the request names (`image img-… shared-with 100…`; `… shared-with *` for any holder of a resource
   * that is itself shared): a line it names and moved its way is its effect, not another one. Absent in read-backs of
   * older callers. */
  readonly names?: readonly string[];
}

/** Whether `line` is one `names` names (exactly, or through a `… shared-with *` pattern). */
export function isNamed(line: string, names: readonly string[]): boolean {
  return names.some((n) => (n.endsWith(' shared-with *') ? line.startsWith(n.slice(0, -1)) : n === line));
}

/** Before and after (as comparable lines, `blueprint lhbp-… shared-with 100…`), and the requests. */
export interface ShareReadBack {
  readonly operation: string;
  readonly docs: readonly string[];
  readonly before: readonly string[];
  readonly after: readonly string[];
  readonly requests: readonly ReadBackRequest[];
}

/** The lines that appeared and vanished. */
function diff(r: ShareReadBack): { added: string[]; removed: string[] } {
  const before = new Set(r.before);
  const after = new Set(r.after);
  return { added: r.after.filter((l) => !before.has(l)), removed: r.before.filter((l) => !after.has(l)) };
}

/** What changed, as `added …; removed …`; empty when nothing did. With `beyond`, only what those requests did not
 * name and move that way: a share still there that an accepted share named is its own effect left by an undo that
 * could not be done (a target fault, reported as such), not an effect on something else. */
export function changeOf(r: ShareReadBack, beyond: readonly ReadBackRequest[] = []): string {
  const all = diff(r);
  const by = (adds: boolean) => beyond.filter((q) => q.adds === adds).flatMap((q) => q.names ?? []);
  const added = all.added.filter((l) => !isNamed(l, by(true)));
  const removed = all.removed.filter((l) => !isNamed(l, by(false)));
  return [added.length > 0 ? `added ${added.join(', ')}` : '', removed.length > 0 ? `removed ${removed.join(', ')}` : ''].filter(Boolean).join('; ');
}

/**
 * The action a change is credited to: among `suspects`, those moving shares the way the change went (shares for
 * lines that appeared, cancels for lines that vanished; all of them when none does); their one operation, else the
 * case's. A cancel case that shares first to have something to cancel is not blamed for what its share did.
 */
export function culpritOf(r: ShareReadBack, suspects: readonly ReadBackRequest[]): string {
  const { added, removed } = diff(r);
  const moved = suspects.filter((q) => (added.length > 0 && q.adds === true) || (removed.length > 0 && q.adds === false));
  const ops = new Set((moved.length > 0 ? moved : suspects).map((q) => q.operation ?? r.operation));
  return ops.size === 1 ? ([...ops][0] as string) : r.operation;
}

/** The first few requests of `rs`, for a finding's detail. */
export function citeRequests(rs: readonly ReadBackRequest[]): string {
  const shown = rs.slice(0, 3).map((r) => r.summary).join('; ');
  return rs.length > 3 ? `${shown}; and ${rs.length - 3} more` : shown;
}
