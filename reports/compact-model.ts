// Keeps big runs small (100,000 cases under 20 MB): recorded exchanges only for the first cases of each status,
// repeated observations folded, latencies rounded, long messages cut. Coverage and latency are computed before
// compaction, so no count changes; what was left out is recorded in `compaction`.

import type { CaseResult, CaseStatus, ResultsModel } from './results-model.ts';
import type { Observed } from '../checks/run-checks.ts';

const CUT = '… (cut)';

/** How many cases of each status keep their recorded exchanges, and how long a message may be. */
export interface CompactLimits {
  readonly exchangesPerStatus: Readonly<Record<CaseStatus, number>>;
  readonly maxMessage: number;
}

/** Defaults: every finding's evidence for the first 1,000 failing cases, samples of the rest. */
export const defaultCompactLimits: CompactLimits = { exchangesPerStatus: { failed: 1000, errored: 200, passed: 100, skipped: 20 }, maxMessage: 4000 };

/** The compacted model (the same object when there was nothing to compact). */
export function compactModel(model: ResultsModel, limits: CompactLimits = defaultCompactLimits): ResultsModel {
  const kept: Record<CaseStatus, number> = { passed: 0, failed: 0, skipped: 0, errored: 0 };
  let exchangesDropped = model.compaction?.exchangesDropped ?? 0;
  let observedFolded = model.compaction?.observedFolded ?? 0;
  let changed = false;
  const cases = model.cases.map((c): CaseResult => {
    let out: CaseResult = c;
    if (c.exchanges.length > 0) {
      if (kept[c.status] < limits.exchangesPerStatus[c.status]) kept[c.status] += 1;
      else {
        out = { ...out, exchanges: [] };
        exchangesDropped += 1;
      }
    }
    const observed = fold(c.observed);
    if (observed.length < c.observed.length) {
      observedFolded += c.observed.length - observed.length;
      out = { ...out, observed };
    }
    if (c.latenciesMs.some((ms) => ms !== round(ms))) out = { ...out, latenciesMs: c.latenciesMs.map(round) };
    if (c.message !== undefined && c.message.length > limits.maxMessage && !c.message.endsWith(CUT)) out = { ...out, message: `${c.message.slice(0, limits.maxMessage)}${CUT}` };
    if (out !== c) changed = true;
    return out;
  });
  if (!changed) return model;
  return { ...model, cases, compaction: { exchangesDropped, observedFolded } };
}

function fold(observed: CaseResult['observed']): CaseResult['observed'] {
  const byKey = new Map<string, Observed & { count: number }>();
  for (const o of observed) {
    const key = `${o.operation ?? ''}\u0000${o.outcome}\u0000${o.code ?? ''}\u0000${o.shape ?? ''}`;
    const seen = byKey.get(key);
    if (seen === undefined) byKey.set(key, { ...o, count: o.count ?? 1 });
    else seen.count += o.count ?? 1;
  }
  return byKey.size === observed.length ? observed : [...byKey.values()];
}

function round(ms: number): number {
  return Math.round(ms * 10) / 10;
}
