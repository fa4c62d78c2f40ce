// The documented error-code coverage matrix, one block per action, a column per target when several were judged;
// codes no doc lists are highlighted as drift.

import { badge, count, el, mount, row, table } from './dom.ts';
import type { Page } from './page.ts';

/** Renders the coverage section. */
export function renderCoverage(page: Page): void {
  const { P, multi } = page;
  const cov = P.coverage || [];
  const undoc = cov.filter((r) => !r.documented).length;
  const tl = page.targets.map(page.str).sort();
  count('coverage', `${cov.length} code(s), ${cov.filter((r) => r.observed > 0).length} observed, ${undoc} undocumented`);
  const covRows: HTMLTableRowElement[] = [];
  let lastOp: string | null = null;
  for (const r of cov) {
    if (r.operation !== lastOp) {
      lastOp = r.operation;
      const mine = cov.filter((x) => x.operation === r.operation);
      const summary = `${r.operation}: ${mine.filter((x) => x.documented).length} documented or common code(s), ${mine.filter((x) => x.observed > 0).length} observed, ${mine.filter((x) => !x.documented).length} undocumented`;
      covRows.push(el('tr', { class: 'sub' }, [el('td', { colspan: String(4 + (multi ? tl.length : 1)), text: summary })]));
    }
    const n = r.exercisedCount != null ? r.exercisedCount : r.exercisedBy.length;
    const by = n === 0 ? '–' : `${n} case(s): ${r.exercisedBy.slice(0, 3).join(', ')}${n > 3 ? ', …' : ''}`;
    const verdict = !r.documented ? badge('UNDOCUMENTED (drift)', 'driftb') : r.observed > 0 ? badge('observed', 'passed') : n > 0 ? badge('exercised, not observed', 'skipped') : 'not exercised';
    const seen = multi ? tl.map((t) => (r.observedOn && r.observedOn[t]) || 0) : [r.observed];
    covRows.push(row([r.code, r.documented ? 'yes' : 'no', verdict, ...seen, by], r.documented ? '' : 'drift'));
  }
  mount('coverage-body', table(['code', 'documented', 'verdict', ...(multi ? tl.map((t) => `observed on ${t}`) : ['observed on this target']), 'built to provoke it'], covRows));
}
