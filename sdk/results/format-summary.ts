// The terminal summary of a gate run (pure): counts per action and per calling style, by check; the model
// report; the findings grouped by what they say; the verdict; where the files are.

import type { SdkCheckName } from '../sdk-finding.ts';
import type { Tally } from './count-matrix.ts';
import { formatModelReport } from './format-model-report.ts';
import { formatReleaseDiff } from './format-release-diff.ts';
import type { SdkResultsFile } from './sdk-results-file.ts';

const COLUMNS: ReadonlyArray<readonly [SdkCheckName, string]> = [
  ['sdk_action_presence', 'present'], ['sdk_wire_conformance', 'wire'], ['sdk_value_conformance', 'value'], ['sdk_error_mapping', 'errors'], ['sdk_robustness', 'robustness'], ['sdk_model_conformance', 'types'],
];

/** The summary text; `outDir` undefined when no files were written. */
export function formatSummary(file: SdkResultsFile, outDir: string | undefined): string {
  const lines = [`tcconform sdk: ${file.target} (${(file.durationMs / 1000).toFixed(1)} s)`, ''];
  lines.push(...table('Per action', file.counts.byAction), '', ...table('Per calling style', file.counts.byStyle), '');
  const absent = file.absent ?? [];
  if (absent.length > 0) lines.push(`Not in this release: ${absent.map((a) => a.action).join(', ')} (their checks are skipped)`, '');
  if (file.missing.length > 0) lines.push(`Not run (the mock's fixtures lack the situation): ${file.missing.join('; ')}`, '');
  const findings = findingLines(file);
  if (findings.length > 0) lines.push(...findings, '');
  if (file.model) lines.push(...formatModelReport(file.model), '');
  if (file.releaseDiff) lines.push(...formatReleaseDiff(file.releaseDiff), '');
  const t = file.totals;
  lines.push(`${file.verdict.toUpperCase()}: ${t.passed} checks passed, ${t.failed} failed, ${t.errored} errored (of ${t.total})`);
  if (outDir !== undefined) lines.push(`results: ${outDir}/sdk-results.json, ${outDir}/junit.xml, ${outDir}/index.html`);
  return lines.join('\n');
}

function table(title: string, rows: Record<string, Record<string, Tally>>): string[] {
  const head = `${title.padEnd(54)}${COLUMNS.map(([, label]) => label.padStart(12)).join('')}`;
  return [head, ...Object.keys(rows).sort().map((row) => `  ${row.padEnd(52)}${COLUMNS.map(([check]) => cell(rows[row]?.[check]).padStart(12)).join('')}`)];
}

function cell(t: Tally | undefined): string {
  if (t === undefined) return '–';
  if (t.skipped === t.total) return 'skipped';
  const bad = t.failed > 0 ? ` ✗${t.failed}` : t.errored > 0 ? ` ?${t.errored}` : '';
  return `${t.passed}/${t.total}${bad}`;
}

/** One line per distinct finding (check, action, title), with how often and in which styles. */
function findingLines(file: SdkResultsFile): string[] {
  const groups = new Map<string, { severity: string; detail: string; styles: Set<string>; count: number }>();
  for (const c of file.cases) {
    for (const f of c.findings) {
      const key = `${f.check} ${f.operation}: ${f.title}`;
      const g = groups.get(key) ?? { severity: f.severity, detail: f.detail, styles: new Set<string>(), count: 0 };
      g.styles.add(c.style);
      g.count += 1;
      groups.set(key, g);
    }
  }
  const errored = file.cases.filter((c) => c.status === 'errored');
  const out = [...groups].slice(0, 40).map(([key, g]) => `FINDING [${g.severity}] ${key} ×${g.count} (${[...g.styles].join(', ')})\n    ${g.detail}`);
  if (groups.size > 40) out.push(`… ${groups.size - 40} more kinds of finding in sdk-results.json`);
  // With findings, errored checks are mostly their consequences (a refused call has no value to compare).
  if (groups.size > 0 && errored.length > 0) out.push(`${errored.length} check(s) errored as a consequence; see sdk-results.json`);
  else for (const c of errored.slice(0, 10)) out.push(`ERRORED ${c.id}: ${c.fault ?? c.message ?? ''}`);
  if (groups.size === 0 && errored.length > 10) out.push(`… ${errored.length - 10} more errored checks in sdk-results.json`);
  return out;
}
