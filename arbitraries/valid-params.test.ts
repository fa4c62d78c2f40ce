import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { brokenParams } from './broken-params.ts';
import type { ObjectNode } from './param-node.ts';
import { joinParam, nodeAt, splitParam } from './param-path.ts';
import { validParams } from './valid-params.ts';

const shape: ObjectNode = {
  type: 'object',
  properties: {
    Id: { type: 'string', pattern: '^x-[0-9]{3}$' },
    Ids: { type: 'array', items: { type: 'string', pattern: '^x-[0-9]{3}$' }, maxItems: 3 },
    Filters: {
      type: 'array',
      items: { type: 'object', properties: { Name: { type: 'string' } }, required: ['Name'], closed: true },
      minItems: 1,
      maxItems: 2,
    },
  },
  required: ['Id'],
  closed: true,
  exclusive: [['Ids', 'Filters']],
};

describe('validParams', () => {
  it('always sends required and pinned parameters, pinned ones from their override', () => {
    fc.assert(
      fc.property(validParams(shape, { Ids: fc.constant(['x-001']) }), (p) => p['Id'] !== undefined && JSON.stringify(p['Ids']) === '["x-001"]'),
      { numRuns: 100 },
    );
  });
  it('never sends two parameters of an exclusive group unless both are pinned', () => {
    fc.assert(fc.property(validParams(shape), (p) => !('Ids' in p && 'Filters' in p)), { numRuns: 200 });
    const both = validParams(shape, { Ids: fc.constant(['x-001']), Filters: fc.constant([{ Name: 'a' }]) });
    fc.assert(fc.property(both, (p) => 'Ids' in p && 'Filters' in p), { numRuns: 20 });
  });
  it('makes plain objects (no null prototype)', () => {
    fc.assert(fc.property(validParams(shape), (p) => Object.getPrototypeOf(p) === Object.prototype), { numRuns: 50 });
  });
});

describe('brokenParams', () => {
  it('puts one broken item among valid ones, keeping the array length valid', () => {
    const arb = brokenParams(shape, ['Ids', '[]'], { kind: 'set', value: fc.constant('BAD') });
    fc.assert(
      fc.property(arb, (p) => {
        const ids = p['Ids'] as string[];
        return ids.length >= 1 && ids.length <= 3 && ids.filter((id) => id === 'BAD').length === 1 && !('Filters' in p);
      }),
      { numRuns: 100 },
    );
  });
  it('omits a nested required field in exactly one item', () => {
    const arb = brokenParams(shape, ['Filters', '[]', 'Name'], { kind: 'omit' });
    fc.assert(fc.property(arb, (p) => (p['Filters'] as object[]).filter((f) => !('Name' in f)).length === 1), { numRuns: 100 });
  });
  it('adds one unknown name beside the defined ones', () => {
    fc.assert(
      fc.property(brokenParams(shape, ['*'], { kind: 'add', value: fc.constant('v') }), (p) => Object.keys(p).filter((k) => !(k in shape.properties)).length === 1),
      { numRuns: 100 },
    );
  });
});

describe('param paths', () => {
  it('split and join are inverse', () => {
    for (const param of ['AccountIds', 'AccountIds[]', 'Filters[].Name', 'Filters[].Values[]', '*', 'Filters[].*']) {
      expect(joinParam(splitParam(param))).toBe(param);
    }
    expect(splitParam('Filters[].Values[]')).toEqual(['Filters', '[]', 'Values', '[]']);
  });
  it('find the shape a path designates', () => {
    expect(nodeAt(shape, ['Filters', '[]', 'Name'])).toEqual({ type: 'string' });
    expect(nodeAt(shape, ['Nope'])).toBeUndefined();
  });
});
