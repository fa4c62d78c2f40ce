import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { notInEnum } from './not-in-enum.ts';
import { overLimit } from './over-limit.ts';
import { unknownName } from './unknown-name.ts';
import { unusedRegion } from './unused-region.ts';
import { wrongType } from './wrong-type.ts';
import type { ParamNode } from './param-node.ts';

const jsonType = (v: unknown): string => (v === null ? 'null' : Array.isArray(v) ? 'array' : Number.isInteger(v) ? 'integer' : typeof v);

describe('notInEnum', () => {
  it('never yields an enumerated value', () => {
    fc.assert(fc.property(notInEnum(['SHARE', 'CANCEL']), (v) => v !== 'SHARE' && v !== 'CANCEL'), { numRuns: 200 });
  });
  it('includes near misses such as the documented typo CANEL', () => {
    expect(fc.sample(notInEnum(['SHARE', 'CANCEL']), { numRuns: 500, seed: 7 })).toContain('CANEL');
  });
});

describe('unknownName', () => {
  it('avoids defined and common parameter names in any case', () => {
    const defined = ['BlueprintId', 'AccountIds'];
    const taken = new Set([...defined, 'Region', 'Action', 'Version', 'Nonce'].map((n) => n.toLowerCase()));
    fc.assert(fc.property(unknownName(defined), (n) => !taken.has(n.toLowerCase()) && /^[A-Za-z]+$/.test(n)), { numRuns: 200 });
  });
});

describe('unusedRegion', () => {
  it('is well-formed and outside the documented list', () => {
    const documented = ['ap-guangzhou', 'ap-beijing'];
    fc.assert(fc.property(unusedRegion(documented), (r) => /^[a-z]{2}-[a-z]+-[0-9]+$/.test(r) && !documented.includes(r)), { numRuns: 100 });
  });
  it('can shrink a value it did not generate (unmapper)', () => {
    expect(unusedRegion(null).canShrinkWithoutContext('xx-nowhere-3')).toBe(true);
    expect(unusedRegion(null).canShrinkWithoutContext('ap-guangzhou')).toBe(false);
  });
});

describe('wrongType', () => {
  const nodes: ParamNode[] = [
    { type: 'string', pattern: '^[0-9]+$' },
    { type: 'integer', minimum: 0, maximum: 100 },
    { type: 'boolean' },
    { type: 'array', items: { type: 'string' } },
    { type: 'object', properties: {}, required: [], closed: true },
  ];
  it.each(nodes.map((n) => [n.type, n] as const))('never yields a %s', (type, node) => {
    fc.assert(fc.property(wrongType(node), (v) => jsonType(v) !== type && v !== undefined), { numRuns: 200 });
  });
  it('keeps a float for an integer within the bounds', () => {
    fc.assert(fc.property(wrongType({ type: 'integer', minimum: 0, maximum: 100 }), (v) => typeof v !== 'number' || (v >= 0 && v <= 100)), { numRuns: 200 });
  });
});

describe('overLimit', () => {
  it('goes 1 to 5 items over maxItems', () => {
    const node: ParamNode = { type: 'array', items: { type: 'string', pattern: '^[0-9]{1,20}$' }, maxItems: 10 };
    fc.assert(fc.property(overLimit(node), (v) => Array.isArray(v) && v.length >= 11 && v.length <= 15), { numRuns: 100 });
  });
  it('goes above an integer maximum', () => {
    fc.assert(fc.property(overLimit({ type: 'integer', minimum: 0, maximum: 100 }), (v) => typeof v === 'number' && v > 100), { numRuns: 100 });
  });
  it('refuses a shape without a maximum (programming error)', () => {
    expect(() => overLimit({ type: 'boolean' })).toThrow(/no maximum/);
  });
});
