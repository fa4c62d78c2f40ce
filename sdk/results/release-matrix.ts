// Several releases in one report (pure): release × action × check tallies, the file `sdk-matrix.json` holds them,
// and the terminal table shows per action, per release, which checks fail or whether the action is absent.

import { countMatrix, type Tally } from './count-matrix.ts';
import type { SdkResultsFile } from './sdk-results-file.ts';

/** One release of the matrix. */
export interface MatrixRelease {
  readonly version: string;
  readonly source: string;
  readonly verdict: SdkResultsFile['verdict'];
  readonly totals: Tally;
  /** Operation keys the release lacks. */
  readonly absent: readonly string[];
  /** Where its own sdk-results.json, junit.xml and index.html are. */
  readonly dir: string;
}

/** sdk-matrix.json. */
export interface ReleaseMatrix {
  readonly schemaVersion: 1;
  readonly releases: readonly MatrixRelease[];
  /** operation → check → one tally per release, in the order of `releases` (null: not judged for that release). */
  readonly matrix: Readonly<Record<string, Readonly<Record<string, readonly (Tally | null)[]>>>>;
}

/** The matrix of `files` (in --sdk order), whose own files are in `dirs`. */
export function releaseMatrix(files: readonly SdkResultsFile[], dirs: readonly string[]): ReleaseMatrix {
  const perFile = files.map((f) => countMatrix(f.cases, (c) => c.operation, (c) => c.check));
  const matrix: Record<string, Record<string, (Tally | null)[]>> = {};
  for (const op of [...new Set(perFile.flatMap((m) => Object.keys(m)))].sort()) {
    const checks = [...new Set(perFile.flatMap((m) => Object.keys(m[op] ?? {})))].sort();
    matrix[op] = Object.fromEntries(checks.map((check) => [check, perFile.map((m) => m[op]?.[check] ?? null)]));
  }
  return {
    schemaVersion: 1, matrix,
    releases: files.map((f, i) => ({ version: f.sdk.version, source: f.sdk.source, verdict: f.verdict, totals: f.totals,
      absent: (f.absent ?? []).map((a) => a.operation), dir: dirs[i] ?? '' })),
  };
}

const SHORT: Readonly<Record<string, string>> = {
  sdk_action_presence: 'present', sdk_wire_conformance: 'wire', sdk_value_conformance: 'value', sdk_error_mapping: 'errors',
  sdk_robustness: 'robustness', sdk_model_conformance: 'types',
};

/** The terminal table: a row per action, a column per release; `ok`, `absent`, or the failing (✗) and errored (?) checks. */
export function formatMatrix(m: ReleaseMatrix): string[] {
  const width = Math.max(14, ...m.releases.map((r) => r.version.length + 2));
  const head = `${'Action × release'.padEnd(54)}${m.releases.map((r) => r.version.padStart(width)).join('')}`;
  const rows = Object.entries(m.matrix).map(([op, checks]) => `  ${op.padEnd(52)}${m.releases.map((r, i) => cell(r, op, checks, i).padStart(width)).join('')}`);
  const verdicts = m.releases.map((r) => `  ${r.version} (${r.source}): ${r.verdict.toUpperCase()}, ${r.totals.passed} passed, ${r.totals.failed} failed, `
    + `${r.totals.errored} errored, ${r.totals.skipped} skipped; files in ${r.dir}`);
  return [head, ...rows, '', 'Per release', ...verdicts];
}

function cell(release: MatrixRelease, op: string, checks: Readonly<Record<string, readonly (Tally | null)[]>>, i: number): string {
  if (release.absent.includes(op)) return 'absent';
  const tallies = Object.entries(checks).map(([check, t]) => [check, t[i]] as const).filter((e): e is readonly [string, Tally] => e[1] != null);
  if (tallies.length === 0) return '–';
  const failed = tallies.filter(([, t]) => t.failed > 0).map(([c]) => SHORT[c] ?? c);
  const errored = tallies.filter(([, t]) => t.failed === 0 && t.errored > 0).map(([c]) => SHORT[c] ?? c);
  if (failed.length === 0 && errored.length === 0) return 'ok';
  return [failed.length > 0 ? `✗${failed.join(',')}` : '', errored.length > 0 ? `?${errored.join(',')}` : ''].filter(Boolean).join(' ');
}
