// Strings outside an enumeration: near misses (case, typos, extra letters) and unrelated words.
import fc from 'fast-check';
import { matching } from './matching.ts';

/** Strings that are none of `values` (compared exactly, as the schema does). */
export function notInEnum(values: readonly string[]): fc.Arbitrary<string> {
  const value = fc.constantFrom(...values);
  return fc
    .oneof(
      value.map((v) => v.toLowerCase()),
      fc.tuple(value, fc.nat()).map(([v, i]) => v.slice(0, i % v.length) + v.slice((i % v.length) + 1)),
      value.map((v) => `${v}X`),
      fc.constant(''),
      matching('^[A-Z][A-Z_]{0,11}$'),
    )
    .filter((candidate) => !values.includes(candidate));
}
