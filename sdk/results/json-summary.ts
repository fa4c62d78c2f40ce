// What `tcconform sdk --json` prints (pure): the verdict, totals, counts per action and calling style, the model
// differences and the findings grouped, without the per-check records (those are in sdk-results.json).

import type { SdkResultsFile } from './sdk-results-file.ts';

/** The JSON summary of a run whose files are in `outDir`. */
export function jsonSummary(file: SdkResultsFile, outDir: string): Record<string, unknown> {
  const findings = new Map<string, { check: string; operation: string; title: string; severity: string; count: number; styles: string[] }>();
  for (const c of file.cases) {
    for (const f of c.findings) {
      const key = `${f.check}|${f.operation}|${f.title}`;
      const g = findings.get(key) ?? { check: f.check, operation: f.operation, title: f.title, severity: f.severity, count: 0, styles: [] };
      g.count += 1;
      if (!g.styles.includes(c.style)) g.styles.push(c.style);
      findings.set(key, g);
    }
  }
  return {
    sdk: file.sdk, verdict: file.verdict, totals: file.totals, counts: file.counts, absent: file.absent ?? [],
    model: file.model && { failing: file.model.failing, problems: file.model.problems, differences: file.model.differences },
    findings: [...findings.values()], ...(file.releaseDiff ? { releaseDiff: file.releaseDiff } : {}), files: { results: `${outDir}/sdk-results.json`, junit: `${outDir}/junit.xml`, html: `${outDir}/index.html` },
  };
}
