// Properties of the generated arbitraries against the generated validators and operations table.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbitraries, arbitrariesFor } from '../generated/arbitraries/index.ts';
import * as lighthouseModify from '../generated/arbitraries/lighthouse-modify-image-share-permission.ts';
import { allowedCodes, operations } from '../generated/operations.ts';
import { validatorFor } from '../generated/validators.ts';
import { classifyErrors } from '../arbitraries/classify-errors.ts';
import { queryForm } from '../arbitraries/query-form.ts';

const RUNS = { numRuns: 100 };

describe.each(operations.map((op) => [op.key, op] as const))('%s', (key, op) => {
  const arbs = arbitraries[key as keyof typeof arbitraries];
  const validate = validatorFor(op.requestValidator);
  const coerced = validatorFor(`${op.key}.requestCoerced`);

  it('generates only requests its validator accepts', () => {
    fc.assert(fc.property(arbs.valid(), (params) => validate(params)), RUNS);
  });

  it('the coerced validator accepts the query-form (stringified) version of every valid request', () => {
    fc.assert(fc.property(arbs.valid(), (params) => coerced(queryForm(params))), RUNS);
  });

  it('has one violation per documented constraint, each with codes documented for the action or common', () => {
    const violations = arbs.violations();
    expect(violations.map((v) => v.constraint)).toEqual(op.constraints);
    const allowed = new Set(allowedCodes(op));
    for (const v of violations) {
      expect(v.constraint.codes.length, `${v.constraint.kind} ${v.constraint.param}`).toBeGreaterThan(0);
      for (const code of v.constraint.codes) expect(allowed.has(code), `${code} for ${v.constraint.param}`).toBe(true);
    }
  });

  it.each(op.constraints.map((c) => [`${c.kind} ${c.param}`, c] as const))('breaks exactly %s', (_name, constraint) => {
    const violation = arbs.violations().find((v) => v.constraint === constraint);
    expect(violation).toBeDefined();
    fc.assert(
      fc.property(violation!.arbitrary, (rc) => {
        if (constraint.kind === 'unsupported-region') {
          expect(validate(rc.params)).toBe(true);
          expect(rc.region).toMatch(/^[a-z]{2}-[a-z]+-[0-9]+$/);
          expect(op.regions ?? []).not.toContain(rc.region);
          return;
        }
        expect(rc.region).toBeUndefined();
        expect(validate(rc.params)).toBe(false);
        const breaches = classifyErrors(validate.errors ?? [], op.constraints).map((b) => `${b.kind} ${b.param}`);
        expect(breaches).toEqual([`${constraint.kind} ${constraint.param}`]);
        if (!violation!.jsonOnly) {
          // A breach that is not about JSON types survives the query form, where every value is a string.
          expect(coerced(queryForm(rc.params))).toBe(false);
        }
      }),
      RUNS,
    );
  });
});

describe('overrides', () => {
  it('are typed by the request type of the module, and widened in the index', () => {
    // tsc checks these lines: a literal of the enum and a fixture ID are accepted as overrides.
    const typed = lighthouseModify.valid({ Permission: fc.constant('SHARE'), ImageId: fc.constant('img-abcdefgh') });
    fc.assert(fc.property(typed, (p) => p.Permission === 'SHARE' && p.ImageId === 'img-abcdefgh'), { numRuns: 10 });
    const widened = arbitrariesFor('lighthouse.ModifyImageSharePermission').valid({ Permission: fc.constant('CANCEL') });
    fc.assert(fc.property(widened, (p) => p['Permission'] === 'CANCEL'), { numRuns: 10 });
    expect(() => arbitrariesFor('lighthouse.Nope')).toThrow(/no arbitraries/);
  });

  it('pin parameters in valid requests and in every violation that does not break them', () => {
    const arbs = arbitraries['lighthouse.ShareBlueprintAcrossAccounts'];
    const pinned = { BlueprintId: fc.constant('lhbp-abcdefgh') };
    fc.assert(fc.property(arbs.valid(pinned), (p) => p['BlueprintId'] === 'lhbp-abcdefgh'), RUNS);
    for (const v of arbs.violations(pinned)) {
      const breaksIt = v.constraint.param.startsWith('BlueprintId');
      fc.assert(
        fc.property(v.arbitrary, (rc) => breaksIt || rc.params['BlueprintId'] === 'lhbp-abcdefgh'),
        { numRuns: 20 },
      );
    }
  });

  it('never send both parameters of a documented exclusive pair unless both are pinned', () => {
    const arbs = arbitraries['cvm.DescribeImages'];
    fc.assert(fc.property(arbs.valid(), (p) => !('ImageIds' in p && 'Filters' in p)), RUNS);
    for (const v of arbs.violations()) {
      fc.assert(fc.property(v.arbitrary, (rc) => !('ImageIds' in rc.params && 'Filters' in rc.params)), { numRuns: 20 });
    }
  });
});
