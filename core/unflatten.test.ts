import { describe, it, expect } from 'vitest';
import { MAX_NAME_DEPTH, unflatten } from './unflatten.ts';

function errorOf(input: Parameters<typeof unflatten>[0]): string {
  const result = unflatten(input);
  if (result.ok) throw new Error(`expected an error, got ${JSON.stringify(result.value)}`);
  return result.error;
}

describe('unflatten', () => {
  it('rebuilds arrays in index order and objects, values staying strings', () => {
    const result = unflatten({ 'Filters.0.Values.1': 'b', 'Filters.0.Name': 'n', 'Filters.0.Values.0': 'a', Limit: '20', 'AccountIds.0': '1' });
    expect(result).toEqual({ ok: true, value: { Filters: [{ Values: ['a', 'b'], Name: 'n' }], Limit: '20', AccountIds: ['1'] } });
  });

  it('accepts an empty input', () => {
    expect(unflatten({})).toEqual({ ok: true, value: {} });
  });

  it('treats numeric names at the top level as names', () => {
    expect(unflatten({ '0': 'x' })).toEqual({ ok: true, value: { '0': 'x' } });
  });

  it('builds __proto__ as an own key, never a prototype', () => {
    const result = unflatten([['__proto__.polluted', 'yes']]);
    expect(result.ok).toBe(true);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    if (result.ok) expect(Object.getOwnPropertyNames(result.value)).toEqual(['__proto__']);
  });

  it('rejects a value that also has sub-parameters, in either order', () => {
    expect(errorOf([['A', '1'], ['A.0', '2']])).toBe("'A' has a value and also sub-parameters ('A.0')");
    expect(errorOf([['A.0', '2'], ['A', '1']])).toBe("'A' has a value and also sub-parameters ('A.0')");
    expect(errorOf([['A.0.B', '2'], ['A.0', '1']])).toBe("'A.0' has a value and also sub-parameters ('A.0.B')");
  });

  it('rejects a repeated name', () => {
    expect(errorOf([['A.0', '1'], ['A.0', '2']])).toBe("parameter 'A.0' appears more than once");
  });

  it('rejects gaps in indices', () => {
    expect(errorOf({ 'A.1': 'x' })).toBe("'A' has a gap: index 0 is missing but 'A.1' is present");
    expect(errorOf({ 'A.0': 'x', 'A.2': 'y' })).toBe("'A' has a gap: index 1 is missing but 'A.2' is present");
    expect(errorOf({ 'A.0': 'x', 'A.99999999999999999999': 'y' })).toMatch(/^'A' has a gap: index 1 is missing/);
  });

  it('rejects non-canonical indices and mixes of indices and names', () => {
    expect(errorOf({ 'A.00': 'x' })).toBe("'A.00' has a non-canonical index (leading zero)");
    expect(errorOf({ 'A.0': 'x', 'A.Name': 'y' })).toBe("'A' mixes array indices ('A.0') and names ('A.Name')");
  });

  it('rejects empty segments', () => {
    expect(errorOf({ 'A..B': 'x' })).toBe("parameter name 'A..B' has an empty segment");
    expect(errorOf({ 'A.': 'x' })).toBe("parameter name 'A.' has an empty segment");
    expect(errorOf({ '': 'x' })).toBe("parameter name '' has an empty segment");
  });

  it('refuses names nested deeper than MAX_NAME_DEPTH instead of exhausting the stack (fuzz finding)', () => {
    expect(unflatten({ [`A${'.0'.repeat(MAX_NAME_DEPTH - 1)}`]: 'x' }).ok).toBe(true);
    expect(errorOf({ [`A${'.0'.repeat(MAX_NAME_DEPTH)}`]: 'x' })).toMatch(/nests deeper than 32 levels$/);
    const huge = errorOf({ [`Filters${'.0'.repeat(200_000)}`]: 'x' });
    expect(huge.length).toBeLessThan(200);
  });
});
