// Renders a lint result as readable text.
import type { LintResult } from './lint-specs.ts';
import { formatReconciliation } from './vendor/format-reconciliation.ts';

/** A readable report: spec errors, rule violations, doc defects (each with where and why), then the reconciliation table. */
export function formatLint(result: LintResult, allFacts = false): string {
  const lines: string[] = [];
  const section = (title: string, items: readonly string[]): void => {
    lines.push(`${title}: ${items.length === 0 ? 'none' : items.length}`);
    for (const item of items) lines.push(`  - ${item}`);
  };
  section('OpenAPI 3.1 schema errors', result.specErrors.map((f) => `${f.file} ${f.pointer || '/'}: ${f.message}`));
  section('Rule violations', result.violations.map((f) => `[${f.rule}] ${f.file} ${f.pointer}: ${f.message}`));
  section(
    'Doc defects (documented examples their own schema rejects; the vendor\'s, reported, not fixed)',
    result.docDefects.map((d) => `${d.operation} ${d.part} example "${d.example}" at ${d.pointer || '/'}: ${d.why} (${d.spec}#${d.specPointer}; from ${d.docs.join(', ')})`),
  );
  lines.push(formatReconciliation(result.reconciliation, allFacts));
  const failed = result.specErrors.length + result.violations.length > 0;
  lines.push(failed ? 'FAIL: the specs have errors.' : `OK: the specs are valid${result.docDefects.length > 0 ? '; the doc defects above are reported, not fatal' : ''}.`);
  return lines.join('\n');
}
