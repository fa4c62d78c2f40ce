// Decoding of a query string or an x-www-form-urlencoded body into ordered name/value pairs.
import type { Result } from './types.ts';

/** Splits `a=1&b=2` into decoded pairs (`+` is a space); empty segments are skipped, bad escapes and empty names are errors. */
export function parseQuery(query: string): Result<Array<[string, string]>, string> {
  const text = query.startsWith('?') ? query.slice(1) : query;
  const pairs: Array<[string, string]> = [];
  if (text === '') return { ok: true, value: pairs };
  for (const segment of text.split('&')) {
    if (segment === '') continue;
    const eq = segment.indexOf('=');
    const rawName = eq === -1 ? segment : segment.slice(0, eq);
    const rawValue = eq === -1 ? '' : segment.slice(eq + 1);
    const name = decodeComponent(rawName);
    const value = decodeComponent(rawValue);
    if (name === undefined) return { ok: false, error: `malformed percent-encoding in parameter name '${rawName}'` };
    if (value === undefined) return { ok: false, error: `malformed percent-encoding in the value of '${name}'` };
    if (name === '') return { ok: false, error: `empty parameter name in segment '${segment}'` };
    pairs.push([name, value]);
  }
  return { ok: true, value: pairs };
}

function decodeComponent(raw: string): string | undefined {
  // Most names and values carry no escape at all: nothing to decode.
  if (!raw.includes('%') && !raw.includes('+')) return raw;
  try {
    return decodeURIComponent(raw.replace(/\+/g, ' '));
  } catch {
    return undefined;
  }
}
