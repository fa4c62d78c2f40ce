// A case's fixtures for one product in the run's region, or a skip naming exactly what is missing.

import type { ProductFixtures } from '../../core/fixtures.ts';
import { SkipCase, type CaseRun } from './case-run.ts';
import { caseRegion } from './default-region.ts';

/** The region and the product's fixtures, with `need` checked present (else the case skips with the reason). */
export function fixturesFor(run: CaseRun, product: 'lighthouse' | 'cvm', need: readonly (keyof ProductFixtures)[] = []): { region: string; f: ProductFixtures } {
  const region = caseRegion(run.config);
  if (region === undefined) throw new SkipCase('no region: give --region or a fixtures file with regions');
  const f = run.config.fixtures.regions[region]?.[product];
  if (f === undefined) throw new SkipCase(`no ${product} fixtures for region ${region} in ${run.config.fixturesSource}`);
  const missing = need.filter((k) => f[k] === undefined || (Array.isArray(f[k]) && (f[k] as unknown[]).length === 0));
  if (missing.length > 0) throw new SkipCase(`fixtures lack ${product}.${missing.join(`, ${product}.`)} for region ${region}`);
  return { region, f };
}
