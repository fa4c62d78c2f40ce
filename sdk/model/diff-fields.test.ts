import { describe, expect, it } from 'vitest';
import { diffFields } from './diff-fields.ts';
import type { FieldShape, Shape } from './type-shape.ts';

const str: Shape = { kind: 'string' };
const f = (shape: Shape, extra: Partial<FieldShape> = {}): FieldShape => ({ optional: false, nullable: false, nullDocumented: false, shape, ...extra });
const at = (part: 'request' | 'response') => ({ operation: 'op', part, path: '' });
const kinds = (d: ReturnType<typeof diffFields>) => d.map((x) => [x.path, x.kind, x.gating]);

describe('diffFields', () => {
  it('finds nothing between identical fields', () => {
    expect(diffFields({ A: f(str) }, { A: f(str) }, at('request'))).toEqual([]);
  });
  it('gates a required request field the SDK lacks, not an optional one', () => {
    expect(kinds(diffFields({ A: f(str), B: f(str, { optional: true }) }, {}, at('request')))).toEqual([['A', 'missing', true], ['B', 'missing', false]]);
  });
  it('gates an extra required request field, not an extra optional or response field', () => {
    expect(kinds(diffFields({}, { X: f(str) }, at('request')))).toEqual([['X', 'extra', true]]);
    expect(kinds(diffFields({}, { X: f(str, { optional: true }) }, at('request')))).toEqual([['X', 'extra', false]]);
    expect(kinds(diffFields({}, { X: f(str) }, at('response')))).toEqual([['X', 'extra', false]]);
  });
  it('gates a type mismatch of a field both have, in arrays and nested objects too', () => {
    const obj = (n: Shape): Shape => ({ kind: 'object', name: 'O', fields: { N: f(n) } });
    expect(kinds(diffFields({ A: f({ kind: 'number' }) }, { A: f(str) }, at('response')))).toEqual([['A', 'type', true]]);
    expect(kinds(diffFields({ L: f({ kind: 'array', of: obj(str) }) }, { L: f({ kind: 'array', of: obj({ kind: 'boolean' }) }) }, at('response')))).toEqual([['L[].N', 'type', true]]);
  });
  it('treats SDK conventions as informational: optional responses, null in a comment, enums as string', () => {
    const d = diffFields(
      { R: f(str), B: f(str, { nullable: true }), P: f({ kind: 'string', literals: ['CANCEL', 'SHARE'] }) },
      { R: f(str, { optional: true }), B: f(str, { nullDocumented: true }), P: f(str) }, at('response'));
    expect(kinds(d)).toEqual([['B', 'nullable', false], ['P', 'enum', false], ['R', 'optionality', false]]);
    expect(d[0]?.sdk).toMatch(/doc comment: may be null/);
  });
  it('gates a closed SDK enum that leaves out a documented value, and an SDK-required request field the spec makes optional', () => {
    expect(kinds(diffFields({ P: f({ kind: 'string', literals: ['CANCEL', 'SHARE'] }) }, { P: f({ kind: 'string', literals: ['SHARE'] }) }, at('request')))).toEqual([['P', 'enum', true]]);
    expect(kinds(diffFields({ O: f(str, { optional: true }) }, { O: f(str) }, at('request')))).toEqual([['O', 'optionality', true]]);
  });
});
