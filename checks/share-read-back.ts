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

/** What changed, as `added …; removed …`; empty when nothing did. */
export function changeOf(r: ShareReadBack): string {
  const { added, removed } = diff(r);
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
