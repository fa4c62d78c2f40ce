// Compares what would be generated with what is on disk (pure; check mode reads, this decides).

/** Files that differ, files not yet written, and generated-looking files nothing generates any more. */
export interface OutputDiff {
  readonly stale: readonly string[];
  readonly missing: readonly string[];
  readonly extra: readonly string[];
}

/** The difference between `expected` and `actual` (both by path relative to generated/; test files are ignored). */
export function compareOutput(expected: ReadonlyMap<string, string>, actual: ReadonlyMap<string, string>): OutputDiff {
  const normalise = (text: string): string => text.replace(/\r\n/g, '\n');
  const stale = [...expected].filter(([path, text]) => actual.has(path) && normalise(actual.get(path) ?? '') !== text).map(([p]) => p);
  const missing = [...expected.keys()].filter((path) => !actual.has(path));
  const extra = [...actual.keys()].filter((path) => !expected.has(path) && !path.endsWith('.test.ts'));
  return { stale: stale.sort(), missing: missing.sort(), extra: extra.sort() };
}

/** True when the disk matches. */
export function isClean(diff: OutputDiff): boolean {
  return diff.stale.length + diff.missing.length + diff.extra.length === 0;
}
