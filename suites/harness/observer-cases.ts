// Read-only positive cases of an observer action: a request naming the fixture resource is accepted and its
// answer matches the documented response schema (the catalogue's schema check runs on every exchange). A probe
// may go on from its answer (observer_consistency: paging, the default Limit, other observers), so those
// read-backs ride on cases the run has anyway.

import type { Operation } from '../../generated/operations.ts';
import type { Params } from '../../core/types.ts';
import type { ProductFixtures } from '../../core/fixtures.ts';
import { conformanceCase } from './conformance-case.ts';
import { SkipCase } from './case-run.ts';
import { fixturesFor } from './fixtures-for.ts';
import type { CaseRun } from './case-run.ts';

/** One observer request: what it reads and which fixture it needs. */
export interface ObserverProbe {
  readonly id: string;
  readonly title: string;
  readonly needs: readonly (keyof ProductFixtures)[];
  readonly params: (f: ProductFixtures) => Params;
  /** What to judge next from the accepted answer's fields (more reads, judged by observer_consistency). */
  readonly then?: (run: CaseRun, fields: Readonly<Record<string, unknown>>, at: { readonly region: string; readonly f: ProductFixtures }) => Promise<void>;
}

/** Registers the probes of `op` as positive_data_acceptance cases. */
export function observerCases(op: Operation, probes: readonly ObserverProbe[]): void {
  for (const p of probes) {
    conformanceCase({ id: `${op.key}.positive.${p.id}`, title: p.title, operation: op, check: 'positive_data_acceptance', safety: 'read-only', docs: op.docs }, async (run) => {
      const { region, f } = fixturesFor(run, op.product, p.needs);
      const { sent } = await run.send({ operation: op, params: p.params(f), region }, { kind: 'success' });
      if (p.then !== undefined && sent.envelope.kind === 'success') await p.then(run, sent.envelope.fields, { region, f });
    });
  }
}

/** A request that should break one documented rule of an observer; undefined: use the fixtures' situation. */
export interface ObserverRuleProbe {
  readonly rule: string;
  readonly needs: readonly (keyof ProductFixtures)[];
  readonly params?: (f: ProductFixtures) => Params;
}

/**
 * Registers one negative case per probe: the request must be refused with one of the rule's documented codes.
 * Rules that need a particular resource (another account's image) read the fixtures' situation instead.
 */
export function observerRuleCases(op: Operation, probes: readonly ObserverRuleProbe[]): void {
  for (const p of probes) {
    const rule = op.rules.find((r) => r.id === p.rule);
    if (rule === undefined) throw new Error(`${op.key} has no rule ${p.rule}`);
    conformanceCase({ id: `${op.key}.rule.${rule.id}`, title: rule.says, operation: op, check: 'negative_data_rejection', safety: 'negative', rule: rule.id, docs: rule.docs }, async (run) => {
      const { region, f } = fixturesFor(run, op.product, p.needs);
      const situation = f.situations?.[rule.id];
      const params = p.params?.(f) ?? situation?.params;
      if (params === undefined) throw new SkipCase(`no fixture situation for rule ${rule.id} in region ${region} (${run.config.fixturesSource})`);
      await run.send({ operation: op, params, region }, { kind: 'error', codes: rule.codes, rule: rule.id, why: rule.says });
    });
  }
}
