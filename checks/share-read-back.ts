// The input of the two read-back checks: the share state of the fixture resources before a case's mutating
// requests and after everything the case meant to change was undone, with the requests that ran in between.

/** One mutating request of the case, as the read-back checks cite it. */
export interface ReadBackRequest {
  /** `lighthouse.ShareBlueprintAcrossAccounts {"BlueprintId":…}` */
  readonly summary: string;
  readonly refused: boolean;
}

/** Before and after (as comparable lines, `blueprint lhbp-… shared-with 100…`), and the requests. */
export interface ShareReadBack {
  readonly operation: string;
  readonly docs: readonly string[];
  readonly before: readonly string[];
  readonly after: readonly string[];
  readonly requests: readonly ReadBackRequest[];
}

/** What changed, as `added …; removed …`; empty when nothing did. */
export function changeOf(r: ShareReadBack): string {
  const before = new Set(r.before);
  const after = new Set(r.after);
  const added = r.after.filter((l) => !before.has(l));
  const removed = r.before.filter((l) => !after.has(l));
  return [added.length > 0 ? `added ${added.join(', ')}` : '', removed.length > 0 ? `removed ${removed.join(', ')}` : ''].filter(Boolean).join('; ');
}

/** The first few requests of `rs`, for a finding's detail. */
export function citeRequests(rs: readonly ReadBackRequest[]): string {
  const shown = rs.slice(0, 3).map((r) => r.summary).join('; ');
  return rs.length > 3 ? `${shown}; and ${rs.length - 3} more` : shown;
}
