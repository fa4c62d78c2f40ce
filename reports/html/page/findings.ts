// Findings, each with severity, the doc statement it rests on, the minimal request as JSON and as command lines,
// seed, replay path and the redacted exchange. The same detail block expands case rows.

import type { Finding } from '../../../checks/finding.ts';
import type { PageDetail } from '../../pack-model.ts';
import { byId, count, el, note } from './dom.ts';
import { caseMatches, onFilter, type FilterState } from './filters.ts';
import { pager } from './pager.ts';
import { CHK, DET, ID, ST, TGT, docTitle, type CaseRow, type Page } from './page.ts';

type Pair = readonly [string, Node | string | number | undefined];

function kv(pairs: readonly Pair[]): HTMLDivElement {
  const g = el('div', { class: 'kv' });
  for (const [k, v] of pairs) {
    if (v != null && v !== '') {
      g.appendChild(el('div', { text: k }));
      g.appendChild(v instanceof Node ? el('div', null, [v]) : el('div', { text: String(v) }));
    }
  }
  return g;
}

function statement(page: Page, rule: string | undefined): string {
  const s = page.P.docStatements;
  return rule && s && Object.prototype.hasOwnProperty.call(s, rule) ? `“${s[rule]}” (rule ${rule})` : rule ? `rule ${rule}` : '';
}

function detailOf(page: Page, r: CaseRow): PageDetail {
  return page.D[r[DET] ?? -1]!;
}

function evidence(page: Page, r: CaseRow, d: PageDetail, inFinding: boolean): HTMLDivElement {
  const box = el('div');
  box.appendChild(kv([['case', page.str(r[ID])], ['target', page.str(r[TGT])], ['observed', d.observed.join(', ')], ['seed', d.seed], ['replay path', d.replayPath],
    ['fault', d.fault], ['case rests on', inFinding ? '' : [statement(page, d.rule), ...d.docs.map((id) => docTitle(page, id))].filter(Boolean).join(' · ')]]));
  if (d.minimal) { box.appendChild(el('div', { text: 'Minimal (shrunk) request as JSON:' })); box.appendChild(el('pre', { text: JSON.stringify(d.minimal, null, 2) })); }
  box.appendChild(el('div', { text: 'Reproduce:' }));
  box.appendChild(el('pre', { class: 'repro', text: d.replay + (d.tccli ? `\n\n# the minimal request with your own credentials:\n${d.tccli}` : '') }));
  d.exchanges.forEach((x, i) => {
    box.appendChild(el('div', { text: `Exchange ${i + 1} (redacted; signature and tokens shown as ***), ${x.ms} ms:` }));
    box.appendChild(el('pre', { class: 'wire', text: x.curl }));
    box.appendChild(el('pre', { class: 'answer', text: x.answer }));
  });
  if (d.message && !d.findings.length) box.appendChild(el('pre', { text: d.message }));
  return box;
}

function findingHead<T extends HTMLElement>(page: Page, box: T, f: Finding, d: PageDetail): T {
  box.appendChild(el('h3', null, [el('span', { class: `sev-${f.severity}`, text: `[${f.severity.toUpperCase()}] ` }), el('span', { text: f.title })]));
  box.appendChild(el('div', { class: 'muted', text: `${f.check} · ${f.operation}${f.rule ? ` · rule ${f.rule}` : ''}` }));
  box.appendChild(el('div', { text: f.detail }));
  box.appendChild(kv([['doc statement', statement(page, f.rule || d.rule) || '–'], ['in', f.docs.map((id) => docTitle(page, id)).join('; ') || '–']]));
  return box;
}

/** The detail block of a case row (its findings, then the evidence). */
export function caseDetail(page: Page, r: CaseRow): HTMLDivElement {
  const d = detailOf(page, r);
  const box = el('div');
  for (const f of d.findings) findingHead(page, box, f, d);
  box.appendChild(evidence(page, r, d, d.findings.length > 0));
  return box;
}

/** Renders the findings section and keeps it filtered. */
export function renderFindings(page: Page, filters: FilterState): void {
  const all: (readonly [CaseRow, Finding])[] = [];
  for (const r of page.C) if ((r[DET] ?? -1) >= 0) for (const f of detailOf(page, r).findings) all.push([r, f]);
  count('findings', String(all.length));
  if (all.length === 0) { note('findings-body', 'No findings.'); return; }
  const holder = el('div');
  const reset = pager<readonly [CaseRow, Finding]>(byId('findings-body'), holder, holder, 25, 100, ([r, f]) => {
    const d = detailOf(page, r);
    const box = findingHead(page, el('div', { class: 'finding', 'data-status': page.str(r[ST]), 'data-check': f.check }), f, d);
    box.appendChild(evidence(page, r, d, true));
    return box;
  }, 'findings');
  const { F } = filters;
  onFilter(filters, () => {
    const ch = F.check >= 0 ? page.str(F.check) : '';
    reset(all.filter(([r, f]) => (!ch || f.check === ch || r[CHK] === F.check) && caseMatches(page, F, r)));
  });
}
