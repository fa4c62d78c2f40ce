import { describe, expect, it } from 'vitest';
import { classifyErrors } from './classify-errors.ts';
import { queryForm } from './query-form.ts';

const e = (instancePath: string, keyword: string, params: Record<string, unknown> = {}) => ({ instancePath, keyword, params });

describe('classifyErrors', () => {
  it('maps each keyword to its constraint kind and parameter path', () => {
    const breaches = classifyErrors([
      e('', 'required', { missingProperty: 'BlueprintId' }),
      e('', 'additionalProperties', { additionalProperty: 'Foo' }),
      e('/AccountIds/3', 'pattern'),
      e('/AccountIds', 'maxItems'),
      e('/Filters/0', 'required', { missingProperty: 'Name' }),
      e('/Filters/1', 'additionalProperties', { additionalProperty: 'X' }),
      e('/Permission', 'enum'),
      e('/Limit', 'maximum'),
      e('/AccountIds', 'minItems'),
    ]);
    expect(breaches.map((b) => `${b.kind} ${b.param}`)).toEqual([
      'missing-required BlueprintId',
      'unknown-parameter *',
      'malformed-id AccountIds[]',
      'over-limit AccountIds',
      'missing-required Filters[].Name',
      'unknown-parameter Filters[].*',
      'not-in-enum Permission',
      'over-limit Limit',
      'undefined AccountIds',
    ]);
  });
  it('treats an enum or pattern error beside a type error at the same place as part of the type breach', () => {
    expect(classifyErrors([e('/Permission', 'type'), e('/Permission', 'enum')]).map((b) => b.kind)).toEqual(['wrong-type']);
  });
  it('counts minLength/maxLength on an ID as malformed-id', () => {
    const ids = [{ kind: 'malformed-id' as const, param: 'ImageId', codes: [], detail: '' }];
    expect(classifyErrors([e('/ImageId', 'maxLength')], ids)[0]?.kind).toBe('malformed-id');
    expect(classifyErrors([e('/Name', 'maxLength')], ids)[0]?.kind).toBe('over-limit');
  });
});

describe('queryForm', () => {
  it('turns numbers and booleans into strings and keeps the structure', () => {
    expect(queryForm({ Limit: 5, On: true, Ids: ['a'], F: [{ N: 1 }] })).toEqual({ Limit: '5', On: 'true', Ids: ['a'], F: [{ N: '1' }] });
  });
});
