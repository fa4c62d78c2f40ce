// The error-code table as Markdown, for mock/README.md (a test keeps the README in step with the data).
import type { Params } from '../../core/types.ts';
import type { CodeRow } from './error-code-table.ts';

/** `BlueprintId=lhbp-gmain000, AccountIds=[200000003001]`; long lists are summarised. */
export function renderParams(params: Params): string {
  return Object.entries(params)
    .map(([k, v]) => `${k}=${Array.isArray(v) ? (v.length > 3 ? `[${v.length} accounts]` : `[${v.join(', ')}]`) : String(v)}`)
    .join(', ');
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
