// The filter bar (status, product, action, check, target, text) and the case table, rendered a page at a time;
// a row with evidence expands into the detail block.

import { badge, byId, el, row } from './dom.ts';
import { caseMatches, type FilterState, type Filters } from './filters.ts';
import { caseDetail } from './findings.ts';
import { pager } from './pager.ts';
import { ACT, CHK, DET, ID, NOTE, OBS, PROD, ST, STATUSES, TGT, TITLE, type CaseRow, type Page } from './page.ts';

/** Renders the filter bar and the case table, then applies the (empty) filters to every section. */
export function renderCases(page: Page, filters: FilterState): void {
  const { C, str } = page;
  const S = page.P.S;
  const distinct = (col: number): number[] => {
    const seen: Record<number, 1> = {}, out: number[] = [];
    for (const r of C) { const v = r[col] ?? -1; if (v >= 0 && !seen[v]) { seen[v] = 1; out.push(v); } }
    return out.sort((a, b) => { const [x, y] = [S[a] ?? '', S[b] ?? '']; return x < y ? -1 : x > y ? 1 : 0; });
  };
  const fill = (id: string, values: readonly number[]): void => {
    const s = byId(id);
    for (const v of values) s.appendChild(el('option', { value: String(v), text: str(v) }));
  };
  fill('f-status', STATUSES.map((s) => { const i = S.indexOf(s); return i < 0 ? -2 : i; }).filter((i) => i >= 0));
  fill('f-product', distinct(PROD)); fill('f-action', distinct(ACT)); fill('f-check', distinct(CHK));
  const targets = distinct(TGT);
  const multi = targets.length > 1;
  if (multi) fill('f-target', targets);
  else byId('f-target-wrap').style.display = 'none';
  const tbody = byId<HTMLTableSectionElement>('cases-rows');
  const reset = pager<CaseRow>(byId('cases-body'), tbody.parentNode!, tbody, 200, 1000, (r) => {
    const cells = [badge(str(r[ST])), ...(multi ? [str(r[TGT])] : []), str(r[PROD]), str(r[ACT]), str(r[CHK]), `${str(r[TITLE])} [${str(r[ID])}]`, str(r[OBS]), str(r[NOTE])];
    const tr = row(cells, `case${(r[DET] ?? -1) >= 0 ? ' has-detail' : ''}`);
    tr.setAttribute('data-status', str(r[ST]));
    if ((r[DET] ?? -1) >= 0) tr.addEventListener('click', () => {
      const next = tr.nextSibling as HTMLElement | null;
      if (next && next.className === 'detail') { next.parentNode?.removeChild(next); return; }
      const td = el('td', { colspan: String(cells.length) }, [caseDetail(page, r)]);
      tr.parentNode?.insertBefore(el('tr', { class: 'detail' }, [td]), tr.nextSibling);
    });
    return tr;
  }, 'cases');
  if (!multi) { const th = byId('th-target'); th.parentNode?.removeChild(th); }
  const { F } = filters;
  const apply = (): void => { reset(C.filter((r) => caseMatches(page, F, r))); for (const fn of filters.listeners) fn(); };
  for (const k of ['status', 'product', 'action', 'check', 'target'] as const) {
    byId<HTMLSelectElement>(`f-${k}`).addEventListener('change', (e) => { const v = (e.target as HTMLSelectElement).value; F[k] = v === '' ? -1 : Number(v); apply(); });
  }
  byId<HTMLInputElement>('f-text').addEventListener('input', (e) => { F.text = (e.target as HTMLInputElement).value.toLowerCase(); apply(); });
  byId('f-reset').addEventListener('click', () => {
    for (const k of Object.keys(F) as (keyof Filters)[]) (F as unknown as Record<string, number | string>)[k] = k === 'text' ? '' : -1;
    document.querySelectorAll<HTMLSelectElement>('.filters select').forEach((s) => { s.value = ''; });
    byId<HTMLInputElement>('f-text').value = '';
    apply();
  });
  byId('f-toggle').addEventListener('click', () => {
    const secs = document.querySelectorAll<HTMLDetailsElement>('details.sec');
    const open = Array.prototype.some.call(secs, (d: HTMLDetailsElement) => d.open);
    secs.forEach((d) => { d.open = !open; });
  });
  apply();
}
