// Read-only positive cases of an observer action: a request naming the fixture resource is accepted and its
// answer matches the documented response schema (the catalogue's schema check runs on every exchange).

import type { Operation } from '../../generated/operations.ts';
import type { Params } from '../../core/types.ts';
import type { ProductFixtures } from '../../core/fixtures.ts';
import { conformanceCase } from './conformance-case.ts';
import { fixturesFor } from './fixtures-for.ts';

/** One observer request: what it reads and which fixture it needs. */
export interface ObserverProbe {
  readonly id: string;
  readonly title: string;
  readonly needs: readonly (keyof ProductFixtures)[];
  readonly params: (f: ProductFixtures) => Params;
}

/** Registers the probes of `op` as positive_data_acceptance cases. */
export function observerCases(op: Operation, probes: readonly ObserverProbe[]): void {
  for (const p of probes) {
    conformanceCase({ id: `${op.key}.positive.${p.id}`, title: p.title, operation: op, check: 'positive_data_acceptance', safety: 'read-only', docs: op.docs }, async (run) => {
      const { region, f } = fixturesFor(run, op.product, p.needs);
      await run.send({ operation: op, params: p.params(f), region }, { kind: 'success' });
    });
  }
}
