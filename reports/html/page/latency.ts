// Per-action latency drawn as a small SVG bar chart (p50 inside p95, the baseline's p95 as a tick when there is
// one), with the numbers beside each bar.

import type { Latency } from '../../results-model.ts';
import { el, mount, note } from './dom.ts';
import type { Page } from './page.ts';

const NS = 'http://www.w3.org/2000/svg';

function svg(tag: string, attrs: Readonly<Record<string, string | number>>, text?: string): SVGElement {
  const e = document.createElementNS(NS, tag);
  for (const k of Object.keys(attrs)) e.setAttribute(k, String(attrs[k]));
  if (text != null) e.textContent = text;
  return e;
}

/** Renders the latency chart. */
export function renderLatency(page: Page): void {
  const { P } = page;
  const L = P.latency || [];
  const base: Record<string, Latency> = {};
  for (const l of (P.baseline && P.baseline.latency) || []) base[l.operation] = l;
  if (L.length === 0) { note('latency-body', 'No timed exchanges.'); return; }
  const barW = 360, rowH = 24, top = 8, textW = 430;
  const labelW = 16 + 7 * Math.max(...L.map((l) => l.operation.length));
  const max = Math.max(1, ...L.map((l) => Math.max(l.p95, base[l.operation] ? base[l.operation]!.p95 : 0)));
  const h = top + L.length * rowH + 22;
  const chart = svg('svg', { width: labelW + barW + textW, height: h, role: 'img', 'aria-label': 'p50 and p95 latency per action' });
  const x = (ms: number): number => labelW + Math.max(1, Math.round((barW * ms) / max));
  L.forEach((l, i) => {
    const y = top + i * rowH;
    chart.appendChild(svg('text', { x: labelW - 8, y: y + 15, 'text-anchor': 'end' }, l.operation));
    chart.appendChild(svg('rect', { class: 'p95', x: labelW, y: y + 4, width: x(l.p95) - labelW, height: 14, rx: 2 }));
    chart.appendChild(svg('rect', { class: 'p50', x: labelW, y: y + 4, width: x(l.p50) - labelW, height: 14, rx: 2 }));
    const b = base[l.operation];
    if (b) chart.appendChild(svg('line', { class: 'base', x1: x(b.p95), x2: x(b.p95), y1: y + 1, y2: y + 21 }));
    chart.appendChild(svg('text', { x: labelW + barW + 10, y: y + 15 }, `p50 ${l.p50} ms · p95 ${l.p95} ms · n=${l.count}${b ? ` (baseline p95 ${b.p95})` : ''}`));
  });
  chart.appendChild(svg('text', { x: labelW, y: h - 4, class: 'muted' }, '0 ms'));
  chart.appendChild(svg('text', { x: labelW + barW, y: h - 4, 'text-anchor': 'end' }, `${Math.round(max)} ms`));
  const legend = el('div', { class: 'legend' }, [el('span', null, [el('i', { class: 's-passed', style: 'background:#3d6fd8' }), 'p50']), el('span', null, [el('i', { style: 'background:#b9cdf7' }), 'p95']),
    P.baseline ? el('span', null, [el('i', { style: 'background:#e07b00;width:3px' }), 'baseline p95']) : null]);
  mount('latency-body', legend);
  mount('latency-body', chart);
}
