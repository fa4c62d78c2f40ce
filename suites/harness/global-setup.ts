// Vitest global setup of the conformance project: takes the RunConfig the CLI handed over, or, under plain
// `vitest`, starts the embedded mock (twice: one with rate limits off for speed, one with them on for the
// rate-limit cases) and describes it with its own fixtures. Suites see only URLs and fixtures.

import type { TestProject } from 'vitest/node';
import { RUN_CONFIG_ENV, RUN_CONFIG_KEY, type RunConfig } from './run-config.ts';
import { defaultRunConfig } from './default-run-config.ts';
import { noteRunFixtures } from '../../recording/recording-meta.ts';

/** vitest.config.ts `provide` keys of a conformance project: the site its mock plays, and runs per property. */
const SITE_KEY = 'tcconformSite';
const RUNS_KEY = 'tcconformRuns';

declare module 'vitest' {
  interface ProvidedContext {
    tcconformRunConfig: RunConfig;
    tcconformSite?: 'china' | 'intl';
    tcconformRuns?: number;
  }
}

/** Starts what the run needs and provides the RunConfig; returns the teardown. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const handed = process.env[RUN_CONFIG_ENV];
  if (handed !== undefined && handed !== '') {
    const config = JSON.parse(handed) as RunConfig;
    if (config.target.baseUrl !== '' || config.target.kind === 'live' || config.target.kind === 'recording') {
      project.provide(RUN_CONFIG_KEY, config);
      noteRunFixtures(config);
      return async () => {};
    }
  }
  const { startMock } = await import('../../mock/index.ts');
  const base = handed ? (JSON.parse(handed) as RunConfig) : undefined;
  // The site the mock plays: the CLI's --site, else the project's (vitest.config.ts provides one per conformance
  // project), else China, whose definitions have every action and field.
  const provided = project.config.provide as Partial<Record<string, unknown>> | undefined;
  const site = base?.site ?? (provided?.[SITE_KEY] === 'intl' ? 'intl' : 'china');
  const runs = typeof provided?.[RUNS_KEY] === 'number' ? provided[RUNS_KEY] : undefined;
  const main = await startMock({ rateLimits: false, site });
  const limited = await startMock({ rateLimits: true, site });
  const config = defaultRunConfig(main.url, limited.url, main.fixtures(), base);
  const handedOn = { ...config, site, ...(base === undefined && runs !== undefined ? { runs } : {}) };
  project.provide(RUN_CONFIG_KEY, handedOn);
  noteRunFixtures(handedOn);
  return async () => {
    await Promise.all([main.close(), limited.close()]);
  };
}
