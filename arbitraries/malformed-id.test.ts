import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { idPattern } from './id-pattern.ts';
import { malformedId } from './malformed-id.ts';

const PATTERNS = ['^lhbp-[0-9a-z]{8}$', '^img-[0-9a-z]{8}$', '^[0-9]{1,20}$', '^ab(c|d)+$'];

describe('malformedId', () => {
  it.each(PATTERNS)('never generates a value matching %s', (pattern) => {
    const re = new RegExp(pattern, 'u');
    fc.assert(fc.property(malformedId(pattern), (id) => !re.test(id)), { numRuns: 200 });
  });

  it('covers the documented kinds of malformation for a prefixed ID', () => {
    const samples = fc.sample(malformedId('^lhbp-[0-9a-z]{8}$'), { numRuns: 400, seed: 42 });
    expect(samples).toContain('');
    expect(samples.some((s) => s.startsWith('LHBP-'))).toBe(true); // upper case
    expect(samples.some((s) => /^(ins|img|snap|disk|lhins|lhsc)-/.test(s))).toBe(true); // wrong prefix
    expect(samples.some((s) => /^lhbp-[0-9a-z]{0,7}$/.test(s))).toBe(true); // too short
    expect(samples.some((s) => /^lhbp-[0-9a-z]{9,}$/.test(s))).toBe(true); // too long
    expect(samples.some((s) => /^lhbp-.*[^0-9a-z].*$/.test(s) && s.length === 13)).toBe(true); // illegal character
  });
});

describe('idPattern', () => {
  it('reads prefix, class and length range', () => {
    expect(idPattern('^lhbp-[0-9a-z]{8}$')).toEqual({ prefix: 'lhbp-', charClass: '[0-9a-z]', min: 8, max: 8 });
    expect(idPattern('^[0-9]{1,20}$')).toEqual({ prefix: '', charClass: '[0-9]', min: 1, max: 20 });
    expect(idPattern('^[a-z]+$')).toEqual({ prefix: '', charClass: '[a-z]', min: 1, max: Infinity });
    expect(idPattern('^ab(c|d)+$')).toBeUndefined();
  });
});
