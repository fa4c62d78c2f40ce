import { describe, expect, it } from 'vitest';
import { defaultLimitConsistency, fieldAgreement, pagingConsistency, type Page } from './observer-consistency.ts';

const page = (offset: number, limit: number, ids: string[], totalCount = 5): Page => ({ offset, limit, totalCount, ids });
const whole = page(0, 100, ['a', 'b', 'c', 'd', 'e']);
const titles = (pages: Page[], w: Page = whole) => pagingConsistency({ operation: 'o', docs: [], subject: 's', whole: w, pages }).map((f) => f.title);

describe('pagingConsistency', () => {
  it('passes pages that yield exactly the whole set', () => {
    expect(titles([page(0, 2, ['a', 'b']), page(2, 2, ['c', 'd']), page(4, 2, ['e'])])).toEqual([]);
  });
  it('flags a TotalCount larger than the set', () => {
    const w = page(0, 100, ['a', 'b'], 3);
    expect(titles([page(0, 1, ['a'], 3), page(1, 1, ['b'], 3), page(2, 1, [], 3)], w)).toEqual([
      'TotalCount disagrees with the items paging yields', 'TotalCount disagrees with the items of a whole answer']);
  });
  it('flags an ignored Offset, an oversized page and a changing TotalCount', () => {
    expect(titles([page(0, 2, ['a', 'b']), page(2, 2, ['a', 'b', 'c'], 6), page(4, 2, [])])).toEqual([
      'TotalCount changes from page to page', 'A page holds more items than its Limit', 'Paging returns an item twice']);
  });
  it('flags pages that miss items of the whole answer', () => {
    expect(titles([page(0, 3, ['a', 'b', 'x']), page(3, 3, ['d', 'e'])])).toEqual(['Paging misses items of the whole answer']);
  });
});

describe('defaultLimitConsistency', () => {
  it('expects min(TotalCount, 20) items without Limit', () => {
    expect(defaultLimitConsistency({ operation: 'o', docs: [], subject: 's', totalCount: 30, listed: 20 })).toEqual([]);
    expect(defaultLimitConsistency({ operation: 'o', docs: [], subject: 's', totalCount: 3, listed: 3 })).toEqual([]);
    expect(defaultLimitConsistency({ operation: 'o', docs: [], subject: 's', totalCount: 30, listed: 30 })).toHaveLength(1);
  });
});

describe('fieldAgreement', () => {
  const o = (a: unknown, b: unknown) => fieldAgreement({ operation: 'o', docs: [], subject: 'lhbp-1', field: 'BlueprintShared', a: { source: 'lookup', value: a }, b: { source: 'listing', value: b } });
  it('passes equal values and a field one side lacks', () => {
    expect(o({ x: [1] }, { x: [1] })).toEqual([]);
    expect(o(true, undefined)).toEqual([]);
  });
  it('names the field and both sources when they disagree', () => {
    expect(o(true, false)[0]?.detail).toBe('lhbp-1: lookup says true, listing says false.');
  });
});
