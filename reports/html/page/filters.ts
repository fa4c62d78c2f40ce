// The shared filter state: values are string-table indexes (-1: all), so matching 100,000 rows compares integers.

import { CHK, DET, ID, PROD, ACT, ST, TGT, TITLE, type CaseRow, type Page } from './page.ts';

/** The filter bar's state. */
export interface Filters {
  status: number;
  product: number;
  action: number;
  check: number;
  target: number;
  text: string;
}

/** Filters and the sections listening to them. */
export interface FilterState {
  readonly F: Filters;
  readonly listeners: (() => void)[];
}

/** No filter set. */
export function newFilters(): FilterState {
  return { F: { status: -1, product: -1, action: -1, check: -1, target: -1, text: '' }, listeners: [] };
}

/** Registers a section to re-render on every filter change. */
export function onFilter(state: FilterState, fn: () => void): void {
  state.listeners.push(fn);
}

/** True when case row `r` passes the filters (a check filter also matches a finding's check). */
export function caseMatches(page: Page, F: Filters, r: CaseRow): boolean {
  if (F.status >= 0 && r[ST] !== F.status) return false;
  if (F.product >= 0 && r[PROD] !== F.product) return false;
  if (F.action >= 0 && r[ACT] !== F.action) return false;
  if (F.target >= 0 && r[TGT] !== F.target) return false;
  if (F.check >= 0 && r[CHK] !== F.check) {
    const di = r[DET] ?? -1;
    const d = di >= 0 ? page.D[di] : undefined;
    const ch = page.str(F.check);
    if (!d || !d.findings.some((f) => f.check === ch)) return false;
  }
  return !F.text || `${page.str(r[ID])} ${page.str(r[TITLE])}`.toLowerCase().indexOf(F.text) >= 0;
}
