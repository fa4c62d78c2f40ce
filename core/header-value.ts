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

/** The value of header `name` (any case) in `headers`, or undefined when absent. */
export function headerValue(headers: Readonly<Record<string, string>>, name: string): string | undefined {
  const wanted = name.toLowerCase();
  const direct = headers[wanted];
  if (direct !== undefined || lowerCaseOnly.has(headers)) return direct;
  let mixed = false;
  let found: string | undefined;
  for (const key in headers) {
    const lower = key.toLowerCase();
    if (lower !== key) mixed = true;
    if (found === undefined && lower === wanted && Object.hasOwn(headers, key)) found = headers[key];
  }
  if (!mixed) lowerCaseOnly.add(headers);
  return found;
}
