// Vitest global setup of the conformance project: takes the RunConfig the CLI handed over, or, under plain
// `vitest`, starts the embedded mock (twice: one with rate limits off for speed, one with them on for the
// rate-limit cases) and describes it with its own fixtures. Suites see only URLs and fixtures.

import type { TestProject } from 'vitest/node';
import { RUN_CONFIG_ENV, RUN_CONFIG_KEY, type RunConfig } from './run-config.ts';
import { defaultRunConfig } from './default-run-config.ts';
import { noteRunFixtures } from '../../recording/recording-meta.ts';

declare module 'vitest' {
  interface ProvidedContext {
    tcconformRunConfig: RunConfig;
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
  const main = await startMock({ rateLimits: false });
  const limited = await startMock({ rateLimits: true });
  const base = handed ? (JSON.parse(handed) as RunConfig) : undefined;
  const config = defaultRunConfig(main.url, limited.url, main.fixtures(), base);
  project.provide(RUN_CONFIG_KEY, config);
  noteRunFixtures(config);
  return async () => {
    await Promise.all([main.close(), limited.close()]);
  };
}
