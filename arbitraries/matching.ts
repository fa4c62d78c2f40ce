// Strings matching a pattern, built once per pattern (fast-check's stringMatching costs milliseconds to build).
import fc from 'fast-check';

const cache = new Map<string, fc.Arbitrary<string>>();

/** `fc.stringMatching` for `pattern` (a regex source, unicode mode), memoised: arbitraries are immutable. */
export function matching(pattern: string): fc.Arbitrary<string> {
  const known = cache.get(pattern);
  if (known !== undefined) return known;
  const arb = fc.stringMatching(new RegExp(pattern, 'u'));
  cache.set(pattern, arb);
  return arb;
}
