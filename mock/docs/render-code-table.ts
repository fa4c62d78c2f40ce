// The error-code table as Markdown, for mock/README.md (a test keeps the README in step with the data).
import type { Params } from '../../core/types.ts';
import type { CodeRow } from './error-code-table.ts';

/** `BlueprintId=lhbp-gmain000, AccountIds=[200000003001]`; long lists are summarised, objects shown as JSON. */
export function renderParams(params: Params): string {
  return Object.entries(params).map(([k, v]) => `${k}=${renderValue(k, v)}`).join(', ');
}

function renderValue(key: string, v: unknown): string {
  if (!Array.isArray(v)) return typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v);
  if (v.length > 3) return `[${v.length} ${key === 'AccountIds' ? 'accounts' : 'items'}]`;
  return v.some((x) => typeof x === 'object' && x !== null) ? JSON.stringify(v) : `[${v.join(', ')}]`;
}

/** Documented codes no request can cause, with why, as a Markdown table. */
export function renderNotProduced(codes: Readonly<Record<string, Readonly<Record<string, string>>>>): string {
  const head = ['| Action | Error code | Why the default world cannot produce it |', '|---|---|---|'];
  const body = Object.entries(codes).flatMap(([op, byCode]) => Object.entries(byCode).map(([code, why]) => `| ${op.replace('.', ' ')} | \`${code}\` | ${why} |`));
  return [...head, ...body].join('\n');
}

/** The Markdown table, one line per row. */
export function renderCodeTable(rows: readonly CodeRow[]): string {
  const head = ['| Action | Error code | World state (default world, ap-guangzhou) | Request (signed by `caller` unless named) |', '|---|---|---|---|'];
  const body = rows.map((r) => {
    const action = r.operation.replace('.', ' ');
    const who = r.as !== undefined ? ` — as \`${r.as}\`` : '';
    return `| ${action} | \`${r.code}\` | ${r.state} | ${renderParams(r.params)}${who} |`;
  });
  return [...head, ...body].join('\n');
}
