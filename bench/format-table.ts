// The printed table of figures: one line per figure, columns aligned, targets and verdicts beside the values.
import type { Figure } from './figure.ts';

/** A number for humans: thousands separated; two decimals under 100, none from 100 on. */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  return value.toLocaleString('en-US', { maximumFractionDigits: Math.abs(value) >= 100 ? 0 : 2, minimumFractionDigits: 0 });
}

function verdict(f: Figure): string {
  if (f.meets === undefined) return '';
  return f.meets ? 'ok' : 'MISSED';
}

/** Renders the figures as an aligned text table (header, rule, rows). */
export function formatTable(figures: readonly Figure[]): string {
  const header = ['figure', 'value', 'target', '', 'detail'];
  const rows = figures.map((f) => [
    f.label,
    `${formatNumber(f.value)} ${f.unit}`.trim(),
    f.target ? `${f.target.op} ${formatNumber(f.target.value)}` : '',
    verdict(f),
    f.detail,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]) => cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i] ?? 0))).join('  ').trimEnd();
  return [line(header), widths.map((w, i) => (i === widths.length - 1 ? '-'.repeat(Math.min(w, 40)) : '-'.repeat(w))).join('  '), ...rows.map(line)].join('\n');
}
