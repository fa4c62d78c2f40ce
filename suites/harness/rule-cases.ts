// One case per documented business rule of an operation: the fixtures' situation for the rule (a request that
// should trigger it on this target) must be refused with one of the rule's documented codes.

import type { Operation } from '../../generated/operations.ts';
import { conformanceCase } from './conformance-case.ts';
import { SkipCase } from './case-run.ts';
import { protectExisting } from './protect-existing.ts';
import { caseRegion } from './default-region.ts';

/** Registers a negative case for every rule of `op` that documents error codes. */
export function ruleCases(op: Operation): void {
  // Per-request account maxima are judged by shareCases (at the maximum and one over), from the recipients.
  for (const rule of op.rules.filter((r) => r.codes.length > 0 && !/\.max-accounts$/.test(r.id))) {
    const limit = /max/.test(rule.id);
    conformanceCase({ id: `${op.key}.rule.${rule.id}`, title: rule.says, operation: op, check: limit ? 'limit_conformance' : 'negative_data_rejection',
      safety: 'negative', rule: rule.id, docs: rule.docs }, async (run) => {
      const region = caseRegion(run.config) ?? '';
      const situation = run.config.fixtures.regions[region]?.[op.product]?.situations?.[rule.id];
      if (situation === undefined) throw new SkipCase(`no fixture situation for rule ${rule.id} in region ${region} (${run.config.fixturesSource})`);
      if (op.safety === 'mutating') await protectExisting(run, op.key, region, situation.params);
      await run.send({ operation: op, params: situation.params, region }, { kind: 'error', codes: rule.codes, rule: rule.id, why: rule.says });
    });
  }
}
