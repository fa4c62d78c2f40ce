// A response's shape with volatile values masked: what drift detection compares between runs.

/** Canonical shape string: object keys sorted, leaf values replaced by their JSON type, arrays by their item shapes. */
export function shapeFingerprint(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) {
    const items = [...new Set(value.map(shapeFingerprint))].sort();
    return `[${items.join('|')}]`;
  }
  if (typeof value === 'object') {
    const entries = Object.keys(value as object).sort().map((k) => `${k}:${shapeFingerprint((value as Record<string, unknown>)[k])}`);
    return `{${entries.join(',')}}`;
  }
  return typeof value;
}
