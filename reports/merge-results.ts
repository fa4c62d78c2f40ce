// Merges the results of several shards (vitest --shard) or regions into one model: cases keep their target
// label, runs are listed side by side, totals, latency and coverage are recomputed. Pure.

import { RESULTS_SCHEMA_VERSION, type CaseResult, type ReportedDocDefect, type ResultsModel } from './results-model.ts';
import type { CoverageRow } from './error-code-coverage.ts';
import { latencyOf } from './latency-of.ts';
import { observations, totalsOf } from './to-results-model.ts';

/** The merged model and how many duplicate cases (same target and id in two inputs) were dropped. */
export interface Merged {
  readonly model: ResultsModel;
  readonly duplicates: number;
}

/** One model of all inputs; the first copy of a duplicated case wins. Drift is not carried over (recompute it). */
export function mergeResults(models: readonly ResultsModel[]): Merged {
  const seen = new Set<string>();
  const cases: CaseResult[] = [];
  let duplicates = 0;
  for (const m of models) {
    for (const c of m.cases) {
      const key = `${c.target}\u0000${c.id}`;
      if (seen.has(key)) duplicates += 1;
      else {
        seen.add(key);
        cases.push(c);
      }
    }
  }
  const defects = new Map<string, ReportedDocDefect>();
  for (const m of models) for (const d of m.docDefects) defects.set(`${d.where}\u0000${d.why}`, d);
  const compaction = models.reduce((acc, m) => ({ exchangesDropped: acc.exchangesDropped + (m.compaction?.exchangesDropped ?? 0),
    observedFolded: acc.observedFolded + (m.compaction?.observedFolded ?? 0) }), { exchangesDropped: 0, observedFolded: 0 });
  const model: ResultsModel = {
    schemaVersion: RESULTS_SCHEMA_VERSION, runs: models.flatMap((m) => m.runs), totals: totalsOf(cases), cases, latency: latencyOf(cases),
    docDefects: [...defects.values()], coverage: mergeCoverage(models.map((m) => m.coverage)),
    docSources: Object.assign({}, ...models.map((m) => m.docSources)) as Record<string, string>,
    docStatements: Object.assign({}, ...models.map((m) => m.docStatements ?? {})) as Record<string, string>,
    unhandledErrors: models.flatMap((m) => m.unhandledErrors),
    ...observations(cases, { docConflicts: models.flatMap((m) => m.docConflictsMet ?? []) }),
    ...(compaction.exchangesDropped + compaction.observedFolded > 0 ? { compaction } : {}),
    ...notJudgedOf(models),
  };
  return { model, duplicates };
}

/** Coverage rows merged by operation and code: counts summed, exercising cases united, documented if any says so. */
export function mergeCoverage(lists: readonly (readonly CoverageRow[])[]): CoverageRow[] {
  const rows = new Map<string, { row: CoverageRow; ids: Set<string>; count: number; observed: number; on: Record<string, number> }>();
  for (const list of lists) {
    for (const r of list) {
      const key = `${r.operation}\u0000${r.code}`;
      const acc = rows.get(key) ?? { row: r, ids: new Set<string>(), count: 0, observed: 0, on: {} };
      for (const id of r.exercisedBy) acc.ids.add(id);
      // Regions repeat the same case ids, shards split them: the larger count is a lower bound either way.
      acc.count = Math.max(acc.count, r.exercisedCount ?? r.exercisedBy.length, acc.ids.size);
      acc.observed += r.observed;
      for (const [t, n] of Object.entries(r.observedOn ?? {})) acc.on[t] = (acc.on[t] ?? 0) + n;
      if (r.documented && !acc.row.documented) acc.row = { ...acc.row, documented: true };
      rows.set(key, acc);
    }
  }
  return [...rows.values()].map(({ row, ids, count, observed, on }) => ({ ...row, exercisedBy: [...ids].slice(0, 20), exercisedCount: count, observed, observedOn: on }))
    .sort((a, b) => a.operation.localeCompare(b.operation));
}

/** The catalogue of the newest model that has one (every run of one build carries the same). */
function notJudgedOf(models: readonly ResultsModel[]): Pick<ResultsModel, 'notJudged'> {
  const withList = models.filter((m) => (m.notJudged?.length ?? 0) > 0).at(-1);
  return withList?.notJudged === undefined ? {} : { notJudged: withList.notJudged };
}
