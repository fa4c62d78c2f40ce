// Freshness: per action, when it was last judged against the live API, from the runs a report holds: a live run
// itself, or a re-judged recording of a live run (then the recording's time counts, not the re-judging's).

import type { CaseResult, RunMeta } from './results-model.ts';

/** One action's freshness: the latest live judgement, and how it is known. */
export interface Freshness {
  readonly operation: string;
  /** ISO time of the latest live judgement, or null when no run in the report judged it live. */
  readonly lastLive: string | null;
  readonly via: 'live run' | 'recording of a live run' | 'never';
}

/** Freshness of every operation the report's cases judged. */
export function freshness(runs: readonly RunMeta[], cases: readonly Pick<CaseResult, 'operation' | 'target'>[]): Freshness[] {
  const liveAt = new Map<string, { at: string; via: Freshness['via'] }>();
  for (const r of runs) {
    if (r.target.kind === 'live') liveAt.set(r.target.label, { at: r.startedAt, via: 'live run' });
    else if (r.recording?.target.kind === 'live') liveAt.set(r.target.label, { at: r.recording.recordedAt, via: 'recording of a live run' });
  }
  const best = new Map<string, Freshness>();
  for (const c of cases) {
    const seen = liveAt.get(c.target);
    const known = best.get(c.operation);
    if (seen === undefined) {
      if (known === undefined) best.set(c.operation, { operation: c.operation, lastLive: null, via: 'never' });
    } else if (known?.lastLive == null || seen.at > known.lastLive) {
      best.set(c.operation, { operation: c.operation, lastLive: seen.at, via: seen.via });
    }
  }
  return [...best.values()].sort((a, b) => a.operation.localeCompare(b.operation));
}
