// index.html: one self-contained file that opens offline. The model travels as JSON inside the page and the
// inlined script renders it with textContent only; the static shell holds no target text at all.

import type { ResultsModel } from './results-model.ts';
import { escapeHtml, jsonForScript } from './escape-html.ts';
import { reportCss } from './html/report-css.ts';
import { reportScript } from './html/report-script.ts';

const SECTIONS: readonly (readonly [string, string])[] = [
  ['summary', 'Summary per product and action'],
  ['matrix', 'Operation × check'],
  ['coverage', 'Documented error-code coverage'],
  ['findings', 'Findings'],
  ['latency', 'Latency per operation (p50, p95)'],
  ['cases', 'All cases'],
  ['defects', 'Doc defects found by spec lint'],
  ['meta', 'Run metadata'],
];

/** The whole page as a string. */
export function renderHtml(model: ResultsModel): string {
  const label = model.runs.map((r) => r.target.label).join(', ');
  const sections = SECTIONS.map(([id, title]) => `<details class="sec" id="sec-${id}" open><summary>${escapeHtml(title)}</summary><div id="${id}-body">${id === 'cases' ? casesShell() : ''}</div></details>`);
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src 'none'">
<title>tcconform report: ${escapeHtml(label)}</title><style>${reportCss}</style></head>
<body><header><h1>tcconform conformance report</h1><div class="muted">Target: ${escapeHtml(label)}</div><div id="verdict"></div></header>
<main>${sections.join('\n')}</main>
<script type="application/json" id="tc-model">${jsonForScript(model)}</script>
<script>${reportScript}</script></body></html>
`;
}

function casesShell(): string {
  return `<div class="filters"><label>status <select id="f-status"><option value="">all</option></select></label>
<label>operation <select id="f-operation"><option value="">all</option></select></label>
<label>check <select id="f-check"><option value="">all</option></select></label>
<label>search <input id="f-text" type="search" placeholder="case id or title"></label><span id="cases-count" class="muted"></span></div>
<table><thead><tr><th>status</th><th>operation</th><th>check</th><th>case</th><th>note</th></tr></thead><tbody id="cases-rows"></tbody></table>
<button id="cases-more" type="button">show more</button>`;
}
