// Case-insensitive header lookup: WireRequest names are lower-case by contract, but callers may hand-craft.

/** Header objects seen to have only lower-case names: a miss there is final, with no scan (the mock asks often). */
const lowerCaseOnly = new WeakSet<object>();

/** Whether every header name in `headers` is lower-case (remembered per object: wire headers do not change). */
export function hasOnlyLowerCaseNames(headers: Readonly<Record<string, string>>): boolean {
  if (lowerCaseOnly.has(headers)) return true;
  for (const key in headers) if (key !== key.toLowerCase()) return false;
  lowerCaseOnly.add(headers);
  return true;
}

/** `headers` with lower-case names: the same object when they are already (no copy); otherwise the last of names equal but for case wins. */
export function lowerCaseNames(headers: Readonly<Record<string, string>>): Readonly<Record<string, string>> {
  if (hasOnlyLowerCaseNames(headers)) return headers;
  return Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));
}

/** The value of header `name` (any case) in `headers`, or undefined when absent. */
export function headerValue(headers: Readonly<Record<string, string>>, name: string): string | undefined {
  const wanted = name.toLowerCase();
  const direct = headers[wanted];
  if (direct !== undefined || hasOnlyLowerCaseNames(headers)) return direct;
  for (const [key, value] of Object.entries(headers)) {
    if (key.toLowerCase() === wanted) return value;
  }
  return undefined;
}
