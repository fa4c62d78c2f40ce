// The reconciliation table as text: a summary, then per operation the decisions and differences (agreements counted).
import type { FactRow } from './fact-row.ts';

/**
 * Readable lines; agreeing facts are counted per operation (listed too with `all`), decisions and differences
 * listed with citations.
 */
export function formatReconciliation(rows: readonly FactRow[], all = false): string {
  const count = (s: string) => rows.filter((r) => r.status === s).length;
  const lines = [`Vendor reconciliation (specs/vendor/*.json): ${rows.length} facts, ${count('agree')} agree, ${count('decision')} cited decisions, ${count('differs')} silent differences`];
  for (const op of [...new Set(rows.map((r) => r.operation))]) {
    const mine = rows.filter((r) => r.operation === op);
    lines.push(`  ${op}: ${mine.filter((r) => r.status === 'agree').length} agree, ${mine.filter((r) => r.status === 'decision').length} decisions, ${mine.filter((r) => r.status === 'differs').length} differ`);
    for (const r of mine.filter((x) => all || x.status !== 'agree')) {
      const why = r.status === 'agree' ? `agree [${r.sources.join('; ') || 'spec only'}]`
        : r.decision === undefined ? 'DIFFERS (no decision)' : `decision ${r.decision.id} [${r.decision.docs.join(', ')}]`;
      lines.push(`    - ${r.key.slice(op.length + 1)}: vendor ${r.vendor}, spec ${r.spec} → ${why}`);
    }
  }
  return lines.join('\n');
}
