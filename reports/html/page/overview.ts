// Verdict and totals, the summary per product and action, the action × check matrix.

import { el, mount, row, table } from './dom.ts';
import { ACT, CHK, OP, PROD, ST, STATUSES, type Page } from './page.ts';

type Status = (typeof STATUSES)[number];
type Tally = Record<Status, number> & { n: number; product?: string; action?: string };

/** Renders the verdict, the summary and the matrix. */
export function renderOverview(page: Page): void {
  const { P, C, X, str } = page;
  const t = P.totals;
  const gating = X.filter((x) => x[7] === 1).length;
  const failDrift = P.baseline && P.baseline.failOnDrift && gating > 0;
  const v = t.failed > 0 ? ['bad', `Does not conform: ${t.failed} failing case(s)`] : failDrift ? ['bad', `Drift: ${gating} gating change(s) since the baseline`]
    : t.errored > 0 ? ['warn', `Inconclusive: ${t.errored} case(s) errored`] : ['ok', 'Conforms: no findings'];
  mount('verdict', el('div', { class: `verdict ${v[0]}`, text: v[1] ?? '' }));
  const cards = el('div', { class: 'cards' });
  for (const s of STATUSES) cards.appendChild(el('div', { class: `card ${s}` }, [el('b', { text: String(t[s]) }), s]));
  if (P.baseline) cards.appendChild(el('div', { class: 'card driftb' }, [el('b', { text: String(X.length) }), `drift (${gating} gating)`]));
  const met = P.docConflictsMet || [], fields = P.unknownFields || [];
  if (met.length) cards.appendChild(el('div', { class: 'card conflict' }, [el('b', { text: String(met.length) }), 'doc conflicts met']));
  if (fields.length) cards.appendChild(el('div', { class: 'card driftb' }, [el('b', { text: String(fields.length) }), 'unknown fields (drift)']));
  mount('verdict', cards);
  // Counts per operation and per operation|check in one pass.
  const ops: Record<string, Tally> = {}, prods: Record<string, Tally> = {}, cellOf: Record<string, Tally> = {}, checks: Record<string, 1> = {};
  for (const r of C) {
    const op = str(r[OP]), st = str(r[ST]) as Status, ch = str(r[CHK]);
    add(ops, op, st, { product: str(r[PROD]) || '(none)', action: str(r[ACT]) || op });
    add(prods, str(r[PROD]) || '(none)', st);
    add(cellOf, `${op}|${ch}`, st);
    checks[ch] = 1;
  }
  const rows: HTMLTableRowElement[] = [];
  for (const p of Object.keys(prods).sort()) {
    const g = prods[p]!;
    rows.push(row([p, g.n, g.passed, g.failed, g.skipped, g.errored, stack(g)], 'sub'));
    for (const o of Object.keys(ops).sort().filter((k) => ops[k]!.product === p)) {
      const a = ops[o]!;
      rows.push(row([a.action ?? o, a.n, a.passed, a.failed, a.skipped, a.errored, stack(a)], 'act'));
    }
  }
  mount('summary-body', table(['product / action', 'cases', 'passed', 'failed', 'skipped', 'errored', ''], rows, 1));
  const checkList = Object.keys(checks).sort();
  mount('matrix-body', table(['action', ...checkList.map((c) => c.replace(/_/g, '_\u200b'))], Object.keys(ops).sort().map((op) =>
    el('tr', null, [el('td', { text: op }), ...checkList.map((ch) => matrixCell(cellOf[`${op}|${ch}`]))]))));
}

function add(m: Record<string, Tally>, k: string, st: Status, extra?: { product: string; action: string }): Tally {
  const g = m[k] ?? (m[k] = { passed: 0, failed: 0, skipped: 0, errored: 0, n: 0, ...extra });
  g[st]++;
  g.n++;
  return g;
}

function counts(g: Tally): string {
  return `${g.passed} passed, ${g.failed} failed, ${g.skipped} skipped, ${g.errored} errored`;
}

function stack(g: Tally): HTMLSpanElement {
  const b = el('span', { class: 'stack', title: counts(g) });
  for (const s of STATUSES) {
    if (g[s]) {
      const p = b.appendChild(el('span', { class: `s-${s}` }));
      p.style.width = `${(100 * g[s]) / g.n}%`;
    }
  }
  return b;
}

function matrixCell(g: Tally | undefined): HTMLTableCellElement {
  if (!g) return el('td', { class: 'muted', text: '–' });
  const cls = g.failed ? 'cell-fail' : g.errored ? 'cell-err' : g.passed ? 'cell-pass' : 'cell-skip';
  const text = g.failed ? `${g.failed} failed` : g.errored ? `${g.errored} errored` : g.passed ? `${g.passed} passed` : `${g.skipped} skipped`;
  return el('td', { class: cls, title: counts(g), text });
}
