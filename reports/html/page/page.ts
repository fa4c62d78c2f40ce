// The page's data, read once from the embedded JSON: the packed model (reports/pack-model.ts), the row columns,
// and the targets judged. Every section receives it; nothing else holds state about the model.

import type { PageData } from '../../pack-model.ts';

/** Columns of a case row in `C` (see PageData). */
export const ID = 0, TITLE = 1, OP = 2, PROD = 3, ACT = 4, CHK = 5, ST = 6, TGT = 7, NOTE = 8, OBS = 9, DET = 10;

/** A case row: indexes into the string table, the detail index last. */
export type CaseRow = readonly number[];

/** A drift row: [kind, target, operation, caseId, before, after, detail, gating 0|1]. */
export type DriftRow = readonly number[];

/** The four statuses in display order. */
export const STATUSES = ['passed', 'failed', 'skipped', 'errored'] as const;

/** The model as the page reads it. */
export interface Page {
  readonly P: PageData;
  readonly C: readonly CaseRow[];
  readonly D: PageData['D'];
  readonly X: readonly DriftRow[];
  /** String-table indexes of the targets judged. */
  readonly targets: readonly number[];
  /** More than one target: per-target columns appear. */
  readonly multi: boolean;
  /** The string at index `i` of the table ('' for -1). */
  readonly str: (i: number | undefined) => string;
}

/** Reads the model from `#tc-model`. */
export function readPage(doc: Document): Page {
  const P = JSON.parse(doc.getElementById('tc-model')?.textContent ?? 'null') as PageData;
  const S = P.S;
  const seen: Record<number, 1> = {};
  for (const r of P.C) seen[r[TGT] ?? -1] = 1;
  const targets = Object.keys(seen).map(Number);
  return { P, C: P.C, D: P.D, X: P.X, targets, multi: targets.length > 1, str: (i) => (i === undefined || i < 0 ? '' : (S[i] ?? '')) };
}

/** The title of doc source `id`, or the id itself. */
export function docTitle(page: Page, id: string): string {
  const sources = page.P.docSources;
  return (sources && Object.prototype.hasOwnProperty.call(sources, id) && sources[id]) || id;
}
