// The cases generated from the spec for one operation: for every documented constraint, a property that every
// request breaking exactly that constraint is refused with a code the docs allow for it (negative_data_rejection,
// limit_conformance for maxima, protocol_conformance for regions); for read-only operations, a property that
// schema-valid requests are accepted (positive_data_acceptance).

import fc from 'fast-check';
import type { Operation } from '../../generated/operations.ts';
import { validatorFor } from '../../generated/validators.ts';
import { arbitraries } from '../../generated/arbitraries/index.ts';
import type { OperationKey } from '../../generated/operations.ts';
import type { CheckName } from '../../checks/finding.ts';
import { FORMS, wireForm } from './request-forms.ts';
import { conformanceCase } from './conformance-case.ts';
import { checkProperty } from './check-property.ts';
import { fixtureOverrides } from './fixture-overrides.ts';
import type { CaseRun } from './case-run.ts';
import { caseRegion } from './default-region.ts';


const checkFor = (kind: string): CheckName => (kind === 'over-limit' ? 'limit_conformance' : kind === 'unsupported-region' ? 'protocol_conformance' : 'negative_data_rejection');

/** Registers the generated cases of `op`. */
export function generatedCases(op: Operation): void {
  const arbs = arbitraries[op.key as OperationKey];
  const validate = validatorFor(op.requestValidator);
  const fixtures = (run: CaseRun) => run.config.fixtures.regions[caseRegion(run.config) ?? '']?.[op.product];
  for (const v of arbs.violations()) {
    const c = v.constraint;
    // `AccountIds[]` → `AccountIds.each`: case ids stand inside [...] in test names.
    const id = `${op.key}.negative.${c.param.replace(/\[\]/g, '.each')}.${c.kind}`;
    conformanceCase({ id, title: `requests breaking ${c.param} (${c.kind}: ${c.detail}) are refused with a code that names it`, operation: op,
      check: checkFor(c.kind), safety: 'negative', docs: op.docs }, async (run) => {
      const violation = arbs.violations(fixtureOverrides(op, fixtures(run), c.param)).find((x) => x.constraint.kind === c.kind && x.constraint.param === c.param) ?? v;
      const forms = v.jsonOnly ? fc.constant(FORMS[0]) : fc.constantFrom(...FORMS);
      await checkProperty(run, fc.tuple(violation.arbitrary, forms), async ([rc, form]) => {
        // The oracle, re-checked on every (also every shrunk) request: it must really break the constraint.
        const breaks = c.kind === 'unsupported-region' ? rc.region !== undefined && !(op.regions ?? []).includes(rc.region) : !validate(rc.params);
        fc.pre(breaks);
        await run.send({ operation: op, params: rc.params, ...(rc.region === undefined ? {} : { region: rc.region }), ...wireForm(form, rc.params) },
          { kind: 'error', codes: c.codes, why: `The request breaks ${c.param} (${c.kind}: ${c.detail}).` });
      }, ([rc, form]) => ({ operation: op.key, region: rc.region ?? caseRegion(run.config) ?? null, form: wireForm(form, rc.params).form, params: rc.params }));
    });
  }
  if (op.safety !== 'read-only') return;
  conformanceCase({ id: `${op.key}.positive.generated`, title: 'schema-valid requests are accepted', operation: op, check: 'positive_data_acceptance', safety: 'read-only', docs: op.docs }, async (run) => {
    const arbitrary = fc.tuple(arbs.valid(fixtureOverrides(op, fixtures(run), '')), fc.constantFrom(...FORMS));
    await checkProperty(run, arbitrary, async ([generated, form]) => {
      const params = withoutOpenValues(generated);
      fc.pre(validate(params));
      await run.send({ operation: op, params, ...wireForm(form, params) }, { kind: 'success' });
    }, ([params, form]) => ({ operation: op.key, region: caseRegion(run.config) ?? null, form: wireForm(form, withoutOpenValues(params)).form, params: withoutOpenValues(params) }));
  });
}


// Filter names and instance types are free strings in the schemas, but the docs list the values that mean
// something; a random one may fairly be refused, so positive cases leave those parameters out.
function withoutOpenValues(params: Record<string, unknown>): Record<string, unknown> {
  const { Filters: _f, InstanceType: _i, ...rest } = params;
  return rest;
}
