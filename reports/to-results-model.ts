// Builds the results model from finished cases: pure, so the reporter, merging and tests share it.

import { RESULTS_SCHEMA_VERSION, type CaseResult, type CaseStatus, type DocDefect, type Latency, type ResultsModel, type RunMeta } from './results-model.ts';
import { percentile } from './percentile.ts';
import { errorCodeCoverage, type CoverageOperation } from './error-code-coverage.ts';

/** The spec facts the model cites: documented codes and rules, common codes, doc titles, doc defects. */
export interface SpecContext {
  readonly operations: readonly CoverageOperation[];
  readonly commonErrorCodes: Readonly<Record<string, string>>;
  readonly docSources: Readonly<Record<string, string>>;
  readonly docDefects: readonly DocDefect[];
}

/** Model of one or more runs' cases (several when shards or regions are merged). */
export function toResultsModel(runs: readonly RunMeta[], cases: readonly CaseResult[], spec: SpecContext, unhandledErrors: readonly string[] = []): ResultsModel {
  const totals: Record<CaseStatus, number> = { passed: 0, failed: 0, skipped: 0, errored: 0 };
  for (const c of cases) totals[c.status] += 1;
  return {
    schemaVersion: RESULTS_SCHEMA_VERSION, runs, totals, cases, latency: latencies(cases), docDefects: spec.docDefects,
    coverage: errorCodeCoverage(cases, spec.operations, spec.commonErrorCodes), docSources: spec.docSources, unhandledErrors,
  };
}

function latencies(cases: readonly CaseResult[]): Latency[] {
  const byOp = new Map<string, number[]>();
  for (const c of cases) {
    const list = byOp.get(c.operation) ?? [];
    for (const ms of c.latenciesMs) list.push(ms);
    byOp.set(c.operation, list);
  }
  return [...byOp.entries()].filter(([, l]) => l.length > 0).sort(([a], [b]) => a.localeCompare(b))
    .map(([operation, l]) => ({ operation, count: l.length, p50: round(percentile(l, 50)), p95: round(percentile(l, 95)) }));
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
