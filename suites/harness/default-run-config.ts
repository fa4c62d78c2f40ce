// The RunConfig of a run against the embedded mock: everything allowed (the mock is disposable), 100 runs a property.

import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultRegions, type Fixtures } from '../../core/fixtures.ts';
import type { RunConfig } from './run-config.ts';

/** Default seed, so two plain `vitest` runs generate the same cases; the CLI's --seed overrides it. */
export const DEFAULT_SEED = 20260324;

/** A mock-target config; `base` keeps the CLI's choices (seed, runs, filters) when the CLI asked for the mock. */
export function defaultRunConfig(url: string, rateLimitUrl: string, fixtures: Fixtures, base?: RunConfig): RunConfig {
  return {
    target: { kind: 'mock', baseUrl: url, rateLimitBaseUrl: rateLimitUrl, rateLimitTargetDedicated: rateLimitUrl !== url, timeoutMs: base?.target.timeoutMs ?? 10_000 },
    fixtures,
    fixturesSource: 'embedded mock (default world)',
    allowMutations: true,
    pace: false,
    seed: base?.seed ?? DEFAULT_SEED,
    runs: base?.runs ?? 100,
    products: base?.products ?? [],
    actions: base?.actions ?? [],
    caseFilter: base?.caseFilter ?? '',
    replayPath: base?.replayPath ?? '',
    regions: base?.regions.length ? base.regions : defaultRegions(fixtures),
    ledgerPath: base?.ledgerPath ?? join(tmpdir(), `tcconform-mock-ledger-${process.pid}.jsonl`),
    ...(base?.record === undefined ? {} : { record: base.record }),
  };
}
