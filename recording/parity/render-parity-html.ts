// parity's index.html: one static, self-contained page in the report's style (no script: every value the target
// answered is escaped text). Per action the share of matching exchanges, then every difference, classified.

import { escapeHtml } from '../../reports/escape-html.ts';
import { reportCss } from '../../reports/html/report-css.ts';
import { differenceKinds } from './compare-answers.ts';
import type { ParityModel } from './parity-model.ts';

/** The whole page. */
export function renderParityHtml(model: ParityModel, failUnder?: number): string {
  const t = model.totals;
  const verdict = failUnder === undefined ? '' : t.parityPct >= failUnder ? ` <span class="badge passed">at least ${failUnder}%</span>` : ` <span class="badge failed">under ${failUnder}%</span>`;
  const actionRows = model.actions.map((a) => row([a.operation, String(a.exchanges), String(a.matching), String(a.accepted), String(a.differing), `${a.parityPct}%`,
    ...differenceKinds.map((k) => String(a.byKind[k] ?? 0))]));
  const diffRows = model.differences.map((d) => row([d.operation, d.kind, d.case, String(d.n + 1), d.path, d.recorded, d.replayed, d.accepted ?? '']));
  const r = model.recording;
  const meta = [['recording', r.dir], ['recorded target', `${r.target.label} (${r.target.kind})`], ['recorded at', r.recordedAt], ['parity run at', model.generatedAt],
    ['spec versions of the recording', Object.entries(r.specVersions).map(([k, v]) => `${k} ${v}`).join(', ')], ['accepted differences from', model.acceptedFrom],
    ['world', model.worldNotes.length === 0 ? 'the mock\'s default world' : `the mock's default world, plus: ${model.worldNotes.join('; ')}`]];
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'none'; img-src 'none'; base-uri 'none'; form-action 'none'">
<title>tcconform parity: ${escapeHtml(r.target.label)}</title><style>${reportCss}</style></head>
<body><header><h1>tcconform mock parity</h1><div class="muted">Recording of ${escapeHtml(r.target.label)}, ${escapeHtml(r.recordedAt)}</div>
<div id="verdict"><strong>${t.parityPct}%</strong> of ${t.exchanges} exchanges answered alike (${t.matching} matching, ${t.accepted} accepted, ${t.differing} differing)${verdict}</div></header>
<main>
${section('actions', 'Parity per action', table(['action', 'exchanges', 'matching', 'accepted', 'differing', 'parity', ...differenceKinds], actionRows))}
${section('differences', `Differences (${model.differences.length})`, model.differences.length === 0 ? '<p class="muted">None: the mock answered every recorded request as the recorded target did (RequestId, times and generated IDs masked).</p>'
    : table(['action', 'kind', 'case', 'call', 'where', 'recorded', 'mock', 'accepted because'], diffRows))}
${section('meta', 'Run metadata', table(['', ''], meta.map((m) => row(m))))}
</main></body></html>
`;
}

function section(id: string, title: string, body: string): string {
  return `<details class="sec" id="sec-${id}" open><summary>${escapeHtml(title)}</summary><div>${body}</div></details>`;
}

function table(head: readonly string[], rows: readonly string[]): string {
  return `<table><thead><tr>${head.map((h) => `<th>${escapeHtml(h)}</th>`).join('')}</tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

function row(cells: readonly string[]): string {
  return `<tr>${cells.map((c) => `<td class="wrap">${escapeHtml(c)}</td>`).join('')}</tr>`;
}
