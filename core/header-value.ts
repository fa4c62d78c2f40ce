// Case-insensitive header lookup: WireRequest names are lower-case by contract, but callers may hand-craft.

/** The value of header `name` (any case) in `headers`, or undefined when absent. */
export function headerValue(headers: Readonly<Record<string, string>>, name: string): string | undefined {
  const wanted = name.toLowerCase();
  const direct = headers[wanted];
  if (direct !== undefined) return direct;
  for (const [key, value] of Object.entries(headers)) {
    if (key.toLowerCase() === wanted) return value;
  }
  return undefined;
}
