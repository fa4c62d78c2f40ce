// Drift since the baseline, highlighted, filtered by product, action, target and text.

import { badge, byId, count, el, mount, note, row } from './dom.ts';
import { onFilter, type FilterState } from './filters.ts';
import { pager } from './pager.ts';
import type { DriftRow, Page } from './page.ts';

/** Renders the drift section and keeps it filtered. */
export function renderDrift(page: Page, filters: FilterState): void {
  const { P, X, str, multi } = page;
  const sec = byId('sec-drift');
  if (!P.baseline) { note('drift-body', 'No baseline given: run with --baseline FILE (an earlier results.json) to see what changed.'); return; }
  const gating = X.filter((x) => x[7] === 1).length;
  // The SDK gate's release against release reuses this section: its rows are regressions (worse) and improvements.
  const release = P.baseline.comparison === 'release';
  const title = sec.querySelector('summary')?.firstChild;
  if (release && title) title.textContent = 'Release against release: what got worse, what got better';
  count('drift', `${X.length} change(s), ${gating} gating${P.baseline.failOnDrift ? (release ? ' (--fail-on regression)' : ' (--fail-on drift)') : ''}`);
  if (gating > 0) sec.className += ' gating';
  mount('drift-body', el('p', { class: 'muted', text: release
    ? `Compared with the baseline release ${P.baseline.source}${P.baseline.startedAt.length > 0 ? ` (gated ${P.baseline.startedAt.join(', ')})` : ''}, per action, check and calling style. Detail "worse: …" is a regression, "better: …" an improvement; a timing-only regression does not gate.`
    : `Compared with ${P.baseline.source} (started ${P.baseline.startedAt.join(', ')}). Values such as RequestId and timestamps are masked: only outcomes, codes, fields and types count.` }));
  if (X.length === 0) { note('drift-body', release ? 'Nothing got worse or better since the baseline release.' : 'No drift: every case observed what the baseline observed.'); return; }
  const kinds: Record<string, number> = {};
  for (const x of X) { const k = str(x[0]); kinds[k] = (kinds[k] || 0) + 1; }
  mount('drift-body', el('p', null, Object.keys(kinds).map((k) => el('span', null, [badge(`${k} ${kinds[k]}`, 'driftb'), ' ']))));
  const tbody = el('tbody');
  const head = ['kind', 'gating', ...(multi ? ['target'] : []), 'action', 'case', 'before', 'after', 'detail'];
  const tb = el('table', null, [el('thead', null, [el('tr', null, head.map((h) => el('th', { text: h })))]), tbody]);
  const reset = pager<DriftRow>(byId('drift-body'), tb, tbody, 200, 1000, (x) => {
    const tr = row([badge(str(x[0]), 'driftb'), x[7] === 1 ? badge('gating', 'gate') : 'info', ...(multi ? [str(x[1])] : []), str(x[2]), str(x[3]) || '–', str(x[4]), str(x[5]), str(x[6])],
      `drift${x[7] === 1 ? ' gating' : ''}`);
    tr.setAttribute('data-kind', str(x[0]));
    return tr;
  }, 'changes');
  const { F } = filters;
  const matches = (x: DriftRow): boolean => {
    const op = str(x[2]), dot = op.indexOf('.');
    if (F.product >= 0 && op.slice(0, dot) !== str(F.product)) return false;
    if (F.action >= 0 && op.slice(dot + 1) !== str(F.action)) return false;
    if (F.target >= 0 && str(x[1]).indexOf(str(F.target)) < 0) return false;
    return !F.text || `${str(x[3])} ${str(x[6])}`.toLowerCase().indexOf(F.text) >= 0;
  };
  onFilter(filters, () => reset(X.filter(matches)));
}
