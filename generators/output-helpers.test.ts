import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareOutput, isClean } from './compare-output.ts';
import { esmRequires } from './esm-requires.ts';
import { kebabCase, pascalCase } from './pascal-case.ts';
import { tsLiteral } from './ts-literal.ts';

describe('tsLiteral', () => {
  it('evaluates back to the value it serialises, at any indent', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.nat({ max: 40 }), (value, indent) => {
        const normalised = JSON.parse(JSON.stringify(value)) as unknown;
        expect(new Function(`return ${tsLiteral(normalised, indent)};`)()).toEqual(normalised);
      }),
      { numRuns: 200 },
    );
  });
  it('keeps a __proto__ key as a property, not as the prototype', () => {
    const value = JSON.parse('{"__proto__": [], "a": 1}') as unknown;
    expect(new Function(`return ${tsLiteral(value)};`)()).toEqual(value);
    expect(tsLiteral(value)).toBe("{ ['__proto__']: [], a: 1 }");
  });
  it('is stable: short values on one line, long ones one entry per line', () => {
    expect(tsLiteral({ a: ['x', 1], 'b-c': null })).toBe("{ a: ['x', 1], 'b-c': null }");
    expect(tsLiteral({ long: 'x'.repeat(120) })).toBe(`{\n  long: '${'x'.repeat(120)}',\n}`);
  });
});

describe('esmRequires', () => {
  const code = '"use strict";\nexport const v = validate1;\nconst func1 = require("ajv/dist/runtime/ucs2length").default;\nconst formats2 = require("ajv-formats/dist/formats").fullFormats.uri;\nconst again = require("ajv/dist/runtime/ucs2length").default;\n';
  it('replaces every require with an import (with .js for deep paths) and leaves no require', () => {
    const out = esmRequires(code);
    expect(out).not.toMatch(/require\(/);
    expect(out).toContain("import * as ns0 from 'ajv/dist/runtime/ucs2length.js';");
    expect(out).toContain("import * as ns1 from 'ajv-formats/dist/formats.js';");
    expect(out).toContain('const func1 = cjs0.default;');
    expect(out).toContain('const again = cjs0.default;');
    expect(out).not.toContain('use strict');
  });
  it('leaves code without requires alone (but for the redundant "use strict")', () => {
    expect(esmRequires('"use strict";\nexport const a = 1;\n')).toBe('export const a = 1;\n');
  });
});

describe('compareOutput', () => {
  it('lists stale, missing and extra files, ignoring test files and line endings', () => {
    const expected = new Map([['a.ts', 'A\n'], ['b.ts', 'B\n'], ['c.ts', 'C\n']]);
    const actual = new Map([['a.ts', 'A\r\n'], ['b.ts', 'old\n'], ['d.ts', 'D\n'], ['x.test.ts', '']]);
    const diff = compareOutput(expected, actual);
    expect(diff).toEqual({ stale: ['b.ts'], missing: ['c.ts'], extra: ['d.ts'] });
    expect(isClean(diff)).toBe(false);
    expect(isClean(compareOutput(expected, expected))).toBe(true);
  });
});

describe('names', () => {
  it('cases action names', () => {
    expect(kebabCase('DescribeBlueprintsShareAcrossAccountInfos')).toBe('describe-blueprints-share-across-account-infos');
    expect(pascalCase('lighthouse')).toBe('Lighthouse');
  });
});
