// Test helper: the RunConfig of a run against an endpoint (a mock, a fault server) with the given fixtures.
import type { Fixtures } from '../../../core/fixtures.ts';
import type { RunConfig } from '../run-config.ts';

/** An endpoint run's config: paced, regions from the fixtures, the given ledger and timeout. */
export function endpointConfig(url: string, fixtures: Fixtures, ledgerPath: string, extra: Partial<RunConfig> = {}, timeoutMs = 10_000): RunConfig {
  return { target: { kind: 'endpoint', baseUrl: url, rateLimitBaseUrl: url, timeoutMs }, fixtures, fixturesSource: 'test', allowMutations: true,
    pace: true, seed: 1, runs: 1, products: [], actions: [], caseFilter: '', replayPath: '', regions: Object.keys(fixtures.regions), ledgerPath, ...extra };
}

/** A pacer that never waits (for tests against servers without rate limits). */
export const noPacing = { slot: async (): Promise<void> => {} };
