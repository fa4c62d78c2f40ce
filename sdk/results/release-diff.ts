// Release against release (pure): what got worse and what got better from a baseline gate run to a candidate's,
// per action, check and calling style. An action the candidate dropped is one regression, one it gained one
// improvement; for actions both have, a finding the candidate has and the baseline did not is a regression (its
// calling styles listed), one the baseline had and the candidate not an improvement. Errored checks say nothing
// about the SDK and are left out; cells only one run judged (another --style selection) are not compared. A
// regression that is only a timing bound missed (*Slow to fail on …*) depends on the machine's load as much as on
// the SDK: it is listed, but does not gate (as latency drift does not); a hang still gates.

import type { SdkCaseResult } from './case-result.ts';
import { absentTitle } from './presence-records.ts';
import type { SdkResultsFile } from './sdk-results-file.ts';

/** One change, grouped over the calling styles it happened in. */
export interface ReleaseChange {
  readonly operation: string;
  readonly check: string;
  readonly styles: readonly string[];
  /** The finding that appeared (regression) or went away (improvement), or the action's presence. */
  readonly title: string;
  readonly before: string;
  readonly after: string;
  /** False for a timing-only regression (listed, never failing --fail-on regression); true otherwise. */
  readonly gating: boolean;
}

/** Both runs and what changed between them. */
export interface ReleaseDiff {
  readonly baseline: { readonly version: string; readonly source: string; readonly startedAt: string };
  readonly candidate: { readonly version: string; readonly source: string };
  readonly regressions: readonly ReleaseChange[];
  readonly improvements: readonly ReleaseChange[];
}

type Side = Pick<SdkResultsFile, 'sdk' | 'cases'> & Partial<Pick<SdkResultsFile, 'startedAt'>>;

/** The diff from `baseline` to `candidate`. */
export function releaseDiff(baseline: Side, candidate: Side): ReleaseDiff {
  const absentB = absentOf(baseline.cases);
  const absentC = absentOf(candidate.cases);
  const regressions: ReleaseChange[] = [];
  const improvements: ReleaseChange[] = [];
  for (const [op, action] of absentC) {
    if (!absentB.has(op) && judgedOps(baseline.cases).has(op)) {
      regressions.push({ operation: op, check: 'sdk_action_presence', styles: ['all'], title: absentTitle(action), before: 'in the release', after: 'not in the release', gating: true });
    }
  }
  for (const [op, action] of absentB) {
    if (absentC.has(op) || !judgedOps(candidate.cases).has(op)) continue;
    const t = tally(candidate.cases.filter((c) => c.operation === op && c.check !== 'sdk_action_presence'));
    improvements.push({ operation: op, check: 'sdk_action_presence', styles: ['all'], title: `${action} is now in the release`, before: 'not in the release',
      after: `in the release: ${t.passed} check(s) passed, ${t.failed} failed`, gating: false });
  }
  const cellsB = cells(baseline.cases, absentB);
  const cellsC = cells(candidate.cases, absentC);
  const worse = new Map<string, Group>();
  const better = new Map<string, Group>();
  for (const [key, c] of cellsC) {
    const b = cellsB.get(key);
    if (b === undefined) continue;
    for (const title of c.titles) if (!b.titles.has(title)) add(worse, b, c, title);
    for (const title of b.titles) if (!c.titles.has(title)) add(better, b, c, title);
  }
  const order = (a: ReleaseChange, b: ReleaseChange) => a.operation.localeCompare(b.operation) || a.check.localeCompare(b.check) || a.title.localeCompare(b.title);
  return {
    baseline: { version: baseline.sdk.version, source: baseline.sdk.source, startedAt: baseline.startedAt ?? '' },
    candidate: { version: candidate.sdk.version, source: candidate.sdk.source },
    regressions: [...regressions, ...[...worse.values()].map((g) => change(g, !TIMING.test(g.title)))].sort(order),
    improvements: [...improvements, ...[...better.values()].map((g) => change(g, false))].sort(order),
  };
}

interface Cell {
  readonly operation: string;
  readonly check: string;
  readonly style: string;
  readonly titles: Set<string>;
  readonly records: SdkCaseResult[];
}

/** Operation → action of the operations a run found absent. */
function absentOf(cases: readonly SdkCaseResult[]): Map<string, string> {
  return new Map(cases.filter((c) => c.check === 'sdk_action_presence' && c.status === 'failed').map((c) => [c.operation, c.action]));
}

function judgedOps(cases: readonly SdkCaseResult[]): Set<string> {
  return new Set(cases.map((c) => c.operation));
}

/** Judged checks of present actions by operation, style and check. */
function cells(cases: readonly SdkCaseResult[], absent: ReadonlyMap<string, string>): Map<string, Cell> {
  const out = new Map<string, Cell>();
  for (const c of cases) {
    if (absent.has(c.operation) || c.check === 'sdk_action_presence' || (c.status !== 'passed' && c.status !== 'failed')) continue;
    const key = `${c.operation}\u0000${c.style}\u0000${c.check}`;
    const cell = out.get(key) ?? { operation: c.operation, check: c.check, style: c.style, titles: new Set<string>(), records: [] };
    for (const f of c.findings) cell.titles.add(f.title);
    cell.records.push(c);
    out.set(key, cell);
  }
  return out;
}

/** A change being collected over styles: the records of both sides in those styles. */
interface Group {
  readonly operation: string;
  readonly check: string;
  readonly title: string;
  readonly styles: string[];
  readonly before: SdkCaseResult[];
  readonly after: SdkCaseResult[];
}

function add(into: Map<string, Group>, b: Cell, c: Cell, title: string): void {
  const key = `${c.operation}\u0000${c.check}\u0000${title}`;
  const group = into.get(key) ?? { operation: c.operation, check: c.check, title, styles: [], before: [], after: [] };
  group.styles.push(c.style);
  group.before.push(...b.records);
  group.after.push(...c.records);
  into.set(key, group);
}

/** Findings that only say a timing bound was missed. */
const TIMING = /^Slow to fail on /;

function change(g: Group, gating: boolean): ReleaseChange {
  return { operation: g.operation, check: g.check, styles: [...g.styles].sort(), title: g.title, before: describe(g.before, g.title), after: describe(g.after, g.title), gating };
}

/** The regressions `--fail-on regression` fails on. */
export function gatingRegressions(diff: ReleaseDiff): readonly ReleaseChange[] {
  return diff.regressions.filter((c) => c.gating);
}

/** `18/20 passed, 2 with this finding`. */
function describe(records: readonly SdkCaseResult[], title: string): string {
  const t = tally(records);
  const withIt = records.filter((r) => r.findings.some((f) => f.title === title)).length;
  return `${t.passed}/${records.length} passed${withIt > 0 ? `, ${withIt} with this finding` : ''}`;
}

function tally(cases: readonly SdkCaseResult[]): { passed: number; failed: number } {
  return { passed: cases.filter((c) => c.status === 'passed').length, failed: cases.filter((c) => c.status === 'failed').length };
}
