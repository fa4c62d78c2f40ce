// The text-fixture format of the protocol regression cases (mock/http/cases/*.case): a few `key: value` lines,
// then `--- request` and the raw HTTP request. Placeholders: {{timestamp}}, {{date}}, {{repeat:N}} (N × 'a').
//
//   what: one line of prose
//   sign: tc3 <key role> <service> | v1 <key role> | none
//   timestamp: now | now-400 | now+400 | <unix seconds>
//   expect: <error code> | success
//   tamper: <text> => <replacement>     (optional, applied after signing)
//   --- request
//   POST / HTTP/1.1
//   Host: ...
//
//   {"body": 1}
import type { Result } from '../../core/types.ts';

/** One parsed case. */
export interface ProtocolCase {
  readonly file: string;
  readonly what: string;
  readonly sign: { readonly kind: 'tc3' | 'v1' | 'none'; readonly key?: string; readonly service?: string };
  /** Seconds relative to now, or an absolute unix time. */
  readonly timestamp: { readonly relative: number } | { readonly absolute: number };
  readonly expect: string;
  /** Text replaced after signing (`from => to`), to tamper with a signed request. */
  readonly tamper?: { readonly from: string; readonly to: string };
  /** The raw request text, `\n` line ends (the runner sends CRLF in the head). */
  readonly request: string;
}

/** Parses a case file; a malformed file is an error message naming the file. */
export function parseCaseFile(file: string, text: string): Result<ProtocolCase, string> {
  const marker = text.indexOf('\n--- request\n');
  if (marker === -1) return { ok: false, error: `${file}: no '--- request' line` };
  const meta = new Map<string, string>();
  for (const line of text.slice(0, marker).split('\n')) {
    if (line.trim() === '' || line.startsWith('#')) continue;
    const colon = line.indexOf(':');
    if (colon === -1) return { ok: false, error: `${file}: '${line}' is not 'key: value'` };
    meta.set(line.slice(0, colon).trim(), line.slice(colon + 1).trim());
  }
  const what = meta.get('what');
  const expect = meta.get('expect');
  if (!what || !expect) return { ok: false, error: `${file}: 'what' and 'expect' are required` };
  const [kind = 'none', key, service] = (meta.get('sign') ?? 'none').split(/\s+/);
  if (kind !== 'tc3' && kind !== 'v1' && kind !== 'none') return { ok: false, error: `${file}: sign must be tc3, v1 or none` };
  const ts = meta.get('timestamp') ?? 'now';
  const relative = /^now([+-]\d+)?$/.exec(ts);
  if (!relative && !/^\d+$/.test(ts)) return { ok: false, error: `${file}: bad timestamp '${ts}'` };
  const tamper = meta.get('tamper')?.split(' => ');
  return {
    ok: true,
    value: {
      file,
      ...(tamper?.length === 2 ? { tamper: { from: tamper[0] as string, to: tamper[1] as string } } : {}),
      what,
      sign: { kind, ...(key ? { key } : {}), ...(service ? { service } : {}) },
      timestamp: relative ? { relative: Number(relative[1] ?? 0) } : { absolute: Number(ts) },
      expect,
      request: text.slice(marker + '\n--- request\n'.length).replace(/\n$/, ''),
    },
  };
}

/** The request text with its placeholders filled in. */
export function fillPlaceholders(request: string, timestamp: number): string {
  const date = new Date(timestamp * 1000).toISOString().slice(0, 10);
  return request
    .replace(/\{\{timestamp\}\}/g, String(timestamp))
    .replace(/\{\{date\}\}/g, date)
    .replace(/\{\{repeat:(\d+)\}\}/g, (_m, n: string) => 'a'.repeat(Number(n)));
}
