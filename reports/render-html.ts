// index.html: one self-contained file that opens offline. The packed model travels as JSON inside the page and
// the inlined script renders it with textContent only; the static shell holds no target text beyond escaped
// labels. The Content-Security-Policy allows exactly that script (by hash), so even an injected handler could not run.

import { createHash } from 'node:crypto';
import type { ResultsModel } from './results-model.ts';
import { escapeHtml, jsonForScript } from './escape-html.ts';
import { packModel } from './pack-model.ts';
import { reportCss } from './html/report-css.ts';
import { reportScript } from '../generated/report-script.ts';

const SECTIONS: readonly (readonly [string, string])[] = [
  ['drift', 'Drift since the baseline'],
  ['summary', 'Summary per product and action'],
  ['matrix', 'Action × check'],
  ['coverage', 'Documented error-code coverage'],
  ['findings', 'Findings'],
  ['conflicts', 'Doc conflicts met (the vendor\'s artifacts disagree; accepted, not failures)'],
  ['fields', 'Response fields the spec does not know (drift, informational)'],
  ['latency', 'Latency per action (p50, p95)'],
  ['cases', 'All cases'],
  ['defects', 'Doc defects found by the spec lint'],
  ['notjudged', 'Documented statements not judged from outside (each with the reason)'],
  ['meta', 'Run metadata'],
];

const SCRIPT_HASH = createHash('sha256').update(reportScript).digest('base64');

/** The whole page as a string. */
export function renderHtml(model: ResultsModel): string {
  const label = [...new Set(model.runs.map((r) => r.target.label))].join(', ');
  const sections = SECTIONS.map(([id, title]) => `<details class="sec${id === 'drift' ? ' drift-sec' : ''}" id="sec-${id}" open><summary>${escapeHtml(title)}</summary><div id="${id}-body">${id === 'cases' ? casesShell() : ''}</div></details>`);
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-${SCRIPT_HASH}'; img-src 'none'; base-uri 'none'; form-action 'none'">
<title>tcconform report: ${escapeHtml(label)}</title><style>${reportCss}</style></head>
<body><header><h1>tcconform conformance report</h1><div class="muted">Target: ${escapeHtml(label)}</div><div id="verdict"></div></header>
${filterBar()}
<main>${sections.join('\n')}</main>
<script type="application/json" id="tc-model">${jsonForScript(packModel(model))}</script>
<script>${reportScript}</script></body></html>
`;
}

function filterBar(): string {
  const select = (id: string, label: string) => `<label${id === 'target' ? ' id="f-target-wrap"' : ''}>${label} <select id="f-${id}"><option value="">all</option></select></label>`;
  return `<div class="filters">${select('status', 'status')}${select('product', 'product')}${select('action', 'action')}${select('check', 'check')}${select('target', 'target')}
<label>search <input id="f-text" type="search" placeholder="case id or title"></label><button id="f-reset" type="button">reset</button><button id="f-toggle" type="button">collapse / expand all</button></div>`;
}

function casesShell(): string {
  return `<table><thead><tr><th>status</th><th id="th-target">target</th><th>product</th><th>action</th><th>check</th><th>case</th><th>observed</th><th>note</th></tr></thead><tbody id="cases-rows"></tbody></table>`;
}
