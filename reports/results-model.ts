// The results model: everything a run observed, pure data with a version. The HTML report, JUnit, drift and
// merging read only this (never the engine). JSON Schema: reports/results-model.schema.json.

import type { NotJudged } from '../checks/not-judged.ts';
import type { CaseRecord } from '../checks/case-record.ts';
import type { DocDefect } from '../generated/doc-defects.ts';
import type { CoverageRow } from './error-code-coverage.ts';
import type { Drift } from './drift.ts';
import type { DocConflictMet } from './doc-conflicts-met.ts';
import type { UnknownFieldSeen } from './unknown-fields-seen.ts';

/** Bumped on any incompatible change of the model; optional, documented additions keep the version. */
export const RESULTS_SCHEMA_VERSION = 1;

/** How a case ended: passed, failed (findings), skipped (with a reason), errored (target fault or harness error). */
export type CaseStatus = 'passed' | 'failed' | 'skipped' | 'errored';

/** The four statuses in display order. */
export const caseStatuses: readonly CaseStatus[] = ['passed', 'failed', 'skipped', 'errored'];

/** One case in the model: its record plus how it ended. */
export interface CaseResult extends CaseRecord {
  readonly status: CaseStatus;
  /** vitest's message for failures and errors (findings, fault or harness error). */
  readonly message?: string;
  readonly durationMs: number;
  /** Label of the target (region, endpoint) that ran it; merged reports keep several. */
  readonly target: string;
}

/** Run metadata shown in the report header. */
export interface RunMeta {
  readonly target: { readonly kind: string; readonly endpoint: string; readonly label: string };
  readonly startedAt: string;
  readonly durationMs: number;
  readonly seed: number;
  readonly runs: number;
  readonly regions: readonly string[];
  readonly allowMutations: boolean;
  readonly fixturesSource: string;
  readonly specVersions: Readonly<Record<string, string>>;
  readonly sdkVersion: string;
  readonly toolVersion: string;
  /** Present when the run re-judged a recording: where it came from, and which spec entries changed since. */
  readonly recording?: RecordingRef;
  /** Optional: the site whose contract judged the run (china or intl). */
  readonly site?: string;
}

/** The recording a run re-judged (`tcconform run --target recording`). */
export interface RecordingRef {
  readonly dir: string;
  /** When the recorded run started (the last time its target was judged live, when it was live). */
  readonly recordedAt: string;
  readonly target: { readonly kind: string; readonly endpoint: string; readonly label: string };
  readonly specVersions: Readonly<Record<string, string>>;
  /** Spec entries whose version or hash differs between the recording and this run (empty: the same specs). */
  readonly specsDiffer: readonly string[];
}

/** Per-operation latency, ms. */
export interface Latency {
  readonly operation: string;
  readonly count: number;
  readonly p50: number;
  readonly p95: number;
}

/** A vendor doc defect found by spec lint (generated/doc-defects.ts, DocDefect), as the results model carries it:
 * where it is, in words, and why (reports/spec-context.ts writes it). */
export interface ReportedDocDefect extends Pick<DocDefect, 'why'> {
  readonly where: string;
}

/** The earlier results a run was compared with (present whenever `drift` is). */
export interface BaselineRef {
  /** File the baseline was read from. */
  readonly source: string;
  /** When the baseline's runs started. */
  readonly startedAt: readonly string[];
  /** The baseline's per-operation latency, drawn beside today's. */
  readonly latency: readonly Latency[];
  /** True when the run was asked to fail on gating drift (`--fail-on drift`, or the SDK gate's `--fail-on regression`). */
  readonly failOnDrift: boolean;
  /** Optional: `release` when the SDK gate compared two releases (drift rows are its regressions and improvements). */
  readonly comparison?: 'release';
}

/** What compaction left out so that 100,000 cases stay small. */
export interface Compaction {
  /** Cases whose recorded exchanges were dropped (over the per-status budget). */
  readonly exchangesDropped: number;
  /** Repeated observations folded into one (observed keeps distinct outcome/code/shape triples). */
  readonly observedFolded: number;
}

/** The whole model. */
export interface ResultsModel {
  readonly schemaVersion: typeof RESULTS_SCHEMA_VERSION;
  readonly runs: readonly RunMeta[];
  readonly totals: Readonly<Record<CaseStatus, number>>;
  readonly cases: readonly CaseResult[];
  readonly latency: readonly Latency[];
  readonly docDefects: readonly ReportedDocDefect[];
  /** Documented error-code coverage: every documented code, which cases provoke it, how often it was seen. */
  readonly coverage: readonly CoverageRow[];
  /** Doc source id → title, for citing. */
  readonly docSources: Readonly<Record<string, string>>;
  /** Optional: spec rule id → the doc statement it encodes, for the rules the cases cite. */
  readonly docStatements?: Readonly<Record<string, string>>;
  readonly unhandledErrors: readonly string[];
  /** Optional: the spec's recorded doc conflicts the run's answers met (accepted; their own severity, not failures). */
  readonly docConflictsMet?: readonly DocConflictMet[];
  /** Optional: response fields the spec does not know on the run's site (drift: informational). */
  readonly unknownFields?: readonly UnknownFieldSeen[];
  /** Optional: what changed since `baseline` (only when a baseline was given). */
  readonly drift?: readonly Drift[];
  /** Optional: the baseline `drift` was computed against. */
  readonly baseline?: BaselineRef;
  /** Optional: present when compaction dropped or folded anything. */
  readonly compaction?: Compaction;
  /** Optional: the documented statements no check judges from outside, each with the reason (checks/not-judged.ts). */
  readonly notJudged?: readonly NotJudged[];
}
