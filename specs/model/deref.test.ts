import { describe, expect, it } from 'vitest';
import { deref, locate } from './deref.ts';

const files = new Map<string, Record<string, unknown>>([
  ['common.yaml', { components: { schemas: { Id: { type: 'string', pattern: '^[0-9]+$' }, Loop: { $ref: '#/components/schemas/Loop' } } } }],
  ['p.yaml', { components: { schemas: { Ids: { type: 'array', items: { $ref: './common.yaml#/components/schemas/Id' } } } } }],
]);

describe('deref', () => {
  it('resolves local and cross-file refs, resolving each relative to the file it is written in', () => {
    const result = deref({ $ref: '#/components/schemas/Ids' }, 'p.yaml', files);
    expect(result.errors).toEqual([]);
    expect(result.value).toEqual({
      type: 'array',
      items: { type: 'string', pattern: '^[0-9]+$', 'x-tc-ref': 'common.yaml#/components/schemas/Id' },
      'x-tc-ref': 'p.yaml#/components/schemas/Ids',
    });
  });
  it('keeps annotation siblings of a $ref, and wraps validation siblings in allOf', () => {
    const merged = deref({ $ref: './common.yaml#/components/schemas/Id', description: 'd', 'x-tc-violation-codes': {} }, 'p.yaml', files);
    expect(merged.value).toMatchObject({ type: 'string', description: 'd', 'x-tc-violation-codes': {} });
    const wrapped = deref({ $ref: './common.yaml#/components/schemas/Id', maxLength: 3 }, 'p.yaml', files);
    expect(wrapped.value).toMatchObject({ maxLength: 3, allOf: [{ type: 'string' }] });
  });
  it('reports unresolvable and circular refs as error values', () => {
    expect(deref({ $ref: '#/nope' }, 'p.yaml', files).errors[0]).toMatch(/cannot resolve \$ref #\/nope/);
    expect(deref({ $ref: './common.yaml#/components/schemas/Loop' }, 'p.yaml', files).errors[0]).toMatch(/circular/);
  });
  it('locates refs', () => {
    expect(locate('./common.yaml#/a/b', 'x.yaml')).toEqual({ file: 'common.yaml', pointer: '/a/b' });
    expect(locate('#/a', 'x.yaml')).toEqual({ file: 'x.yaml', pointer: '/a' });
  });
});
