// Builds the results model from finished cases: pure, so the reporter, merging and tests share it.

import { RESULTS_SCHEMA_VERSION, type CaseResult, type CaseStatus, type ReportedDocDefect, type ResultsModel, type RunMeta } from './results-model.ts';
import { errorCodeCoverage, type CoverageOperation } from './error-code-coverage.ts';
import { latencyOf } from './latency-of.ts';
import { docConflictsMet, type DocConflictText } from './doc-conflicts-met.ts';
import { unknownFieldsSeen } from './unknown-fields-seen.ts';
import type { NotJudged } from '../checks/not-judged.ts';

/** The spec facts the model cites: documented codes and rules, common codes, doc titles, doc defects. */
export interface SpecContext {
  readonly operations: readonly CoverageOperation[];
  readonly commonErrorCodes: Readonly<Record<string, string>>;
  readonly docSources: Readonly<Record<string, string>>;
  readonly docDefects: readonly ReportedDocDefect[];
  /** Spec rule id → what the docs say (optional: older contexts have none). */
  readonly ruleStatements?: Readonly<Record<string, string>>;
  /** The spec's recorded doc conflicts (optional: older contexts have none). */
  readonly docConflicts?: readonly DocConflictText[];
  /** Documented statements no check judges from outside, each with the reason (optional). */
  readonly notJudged?: readonly NotJudged[];
}

/** Model of one or more runs' cases (several when shards or regions are merged). */
export function toResultsModel(runs: readonly RunMeta[], cases: readonly CaseResult[], spec: SpecContext, unhandledErrors: readonly string[] = []): ResultsModel {
  return {
    schemaVersion: RESULTS_SCHEMA_VERSION, runs, totals: totalsOf(cases), cases, latency: latencyOf(cases), docDefects: spec.docDefects,
    coverage: errorCodeCoverage(cases, spec.operations, spec.commonErrorCodes), docSources: spec.docSources,
    docStatements: citedStatements(cases, spec.ruleStatements ?? {}), unhandledErrors, ...observations(cases, spec),
    ...(spec.notJudged !== undefined && spec.notJudged.length > 0 ? { notJudged: spec.notJudged } : {}),
  };
}

/** The doc conflicts met and the unknown fields seen; absent when there are none (older readers never see them). */
export function observations(cases: readonly CaseResult[], spec: Pick<SpecContext, 'docConflicts'>): Pick<ResultsModel, 'docConflictsMet' | 'unknownFields'> {
  const texts = [...new Map((spec.docConflicts ?? []).map((c) => [c.id, { id: c.id, product: c.product, where: c.where, sources: c.sources, says: c.says }])).values()];
  const met = docConflictsMet(cases, texts);
  const fields = unknownFieldsSeen(cases);
  return { ...(met.length > 0 ? { docConflictsMet: met } : {}), ...(fields.length > 0 ? { unknownFields: fields } : {}) };
}

/** The statements of the rules the cases and their findings cite (not the whole spec: the model stays small). */
function citedStatements(cases: readonly CaseResult[], all: Readonly<Record<string, string>>): Record<string, string> {
  const out: Record<string, string> = {};
  const cite = (id: string | undefined) => { if (id !== undefined && Object.hasOwn(all, id)) out[id] = all[id] ?? ''; };
  for (const c of cases) {
    cite(c.rule);
    for (const f of c.findings) cite(f.rule);
  }
  return out;
}

/** Cases per status. */
export function totalsOf(cases: readonly CaseResult[]): Record<CaseStatus, number> {
  const totals: Record<CaseStatus, number> = { passed: 0, failed: 0, skipped: 0, errored: 0 };
  for (const c of cases) totals[c.status] += 1;
  return totals;
}
