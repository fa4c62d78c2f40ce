// Records whose key order does not depend on the order of the spec.

/** A record from entries, keys sorted, so generated output is stable when a spec reorders a map. */
export function sortedRecord<T>(entries: readonly (readonly [string, T])[]): Readonly<Record<string, T>> {
  return Object.fromEntries([...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
