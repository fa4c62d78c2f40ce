// Region names no product uses: well-formed (`xx-nowhere-3`) so only the region itself is wrong.
import fc from 'fast-check';

// Two-letter area codes no Tencent Cloud region uses.
const AREAS = ['xx', 'xy', 'zz', 'qq'];
const SHAPE = /^([a-z]{2})-nowhere-([1-9])$/;

/** Region names outside `documented` (null: the regions are not documented) that no product serves. */
export function unusedRegion(documented: readonly string[] | null): fc.Arbitrary<string> {
  return fc
    .tuple(fc.constantFrom(...AREAS), fc.integer({ min: 1, max: 9 }))
    .map(
      ([area, n]) => `${area}-nowhere-${n}`,
      (value) => {
        const match = typeof value === 'string' ? SHAPE.exec(value) : null;
        if (match === null || !AREAS.includes(match[1] ?? '')) throw new Error('not an unused region name');
        return [match[1], Number(match[2])] as [string, number];
      },
    )
    .filter((region) => documented === null || !documented.includes(region));
}
