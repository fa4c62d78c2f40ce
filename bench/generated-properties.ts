// The generated negative properties of every operation, built as suites/harness/generated-cases.ts builds them
// (fixture IDs pinned, the three request forms, the oracle re-checked on every value), so the judging benchmark
// drives the same generation, signing, sending and checking path as a conformance run, without vitest around it.
import fc from 'fast-check';
import type { Fixtures } from '../core/fixtures.ts';
import { FORMS, wireForm } from '../suites/harness/request-forms.ts';
import { arbitraries } from '../generated/arbitraries/index.ts';
import { operations, type Operation, type OperationKey } from '../generated/operations.ts';
import { validatorFor } from '../generated/validators.ts';
import type { CallRequest } from '../suites/harness/target-client.ts';
import type { Expectation } from '../checks/expectation.ts';
import { fixtureOverrides } from '../suites/harness/fixture-overrides.ts';


/** One generated property: an arbitrary of calls, each with what the docs say the answer must be. */
export interface GeneratedProperty {
  readonly id: string;
  readonly operation: Operation;
  /** A value to send, or undefined when the oracle says the value does not break the constraint after all. */
  readonly arbitrary: fc.Arbitrary<{ readonly call: CallRequest; readonly expectation: Expectation } | undefined>;
}

/** Every generated negative property of every operation, pinned to `fixtures` in `region`. */
export function generatedProperties(fixtures: Fixtures, region: string): GeneratedProperty[] {
  return operations.flatMap((op) => {
    const arbs = arbitraries[op.key as OperationKey];
    const validate = validatorFor(op.requestValidator);
    const f = fixtures.regions[region]?.[op.product];
    return arbs.violations().map((v) => {
      const c = v.constraint;
      const violation = arbs.violations(fixtureOverrides(op, f, c.param)).find((x) => x.constraint.kind === c.kind && x.constraint.param === c.param) ?? v;
      const forms = v.jsonOnly ? fc.constant(FORMS[0]) : fc.constantFrom(...FORMS);
      const arbitrary = fc.tuple(violation.arbitrary, forms).map(([rc, form]) => {
        const breaks = c.kind === 'unsupported-region' ? rc.region !== undefined && !(op.regions ?? []).includes(rc.region) : !validate(rc.params);
        if (!breaks) return undefined;
        const wire = wireForm(form, rc.params);
        const call: CallRequest = { operation: op, params: rc.params, ...(rc.region === undefined ? {} : { region: rc.region }), ...wire };
        return { call, expectation: { kind: 'error', codes: c.codes, why: `breaks ${c.param} (${c.kind})` } as Expectation };
      });
      return { id: `${op.key}.negative.${c.param}.${c.kind}`, operation: op, arbitrary };
    });
  });
}
