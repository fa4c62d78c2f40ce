// Where two JSON-like values first differ, as a path and the two values there (for findings people can read).

/** The first difference, or undefined when the values are deeply equal. */
export function firstDifference(actual: unknown, expected: unknown, path = ''): { path: string; actual: unknown; expected: unknown } | undefined {
  if (Object.is(actual, expected)) return undefined;
  const here = { path: path || '(value)', actual, expected };
  if (typeof actual !== 'object' || typeof expected !== 'object' || actual === null || expected === null) return here;
  if (Array.isArray(actual) !== Array.isArray(expected)) return here;
  if (Array.isArray(actual) && Array.isArray(expected)) {
    if (actual.length !== expected.length) return { path: `${path || '(value)'}.length`, actual: actual.length, expected: expected.length };
    for (let i = 0; i < actual.length; i += 1) {
      const d = firstDifference(actual[i], expected[i], `${path}[${i}]`);
      if (d !== undefined) return d;
    }
    return undefined;
  }
  const a = actual as Record<string, unknown>;
  const e = expected as Record<string, unknown>;
  for (const key of [...new Set([...Object.keys(e), ...Object.keys(a)])].sort()) {
    const at = path === '' ? key : `${path}.${key}`;
    if (!(key in a)) return { path: at, actual: undefined, expected: e[key] };
    if (!(key in e)) return { path: at, actual: a[key], expected: undefined };
    const d = firstDifference(a[key], e[key], at);
    if (d !== undefined) return d;
  }
  return undefined;
}
