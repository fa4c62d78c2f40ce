import { defineConfig } from 'vitest/config';
import { CONCURRENT_CASES } from './suites/harness/schedule/concurrent-cases.ts';
import { oneModuleSelected } from './suites/harness/schedule/one-module-env.ts';

const oneModule = oneModuleSelected();

/** A conformance project: the suites that judge a target, against the embedded mock playing one site (global-setup.ts). */
function conformance(name: string, provide: { tcconformSite: 'china' | 'intl'; tcconformRuns?: number }) {
  return {
    test: {
      name,
      // A live-like run (cli/run-command.ts) runs every suite as one module so that its cases can overlap.
      include: oneModule ? ['suites/all-suites.cases.ts'] : ['suites/**/*.test.ts'],
      // Its cases in flight at once (the CLI turns on sequence.concurrent; maxConcurrency is per project).
      ...(oneModule ? { maxConcurrency: CONCURRENT_CASES } : {}),
      exclude: ['suites/harness/**'],
      globalSetup: ['suites/harness/global-setup.ts'],
      environment: 'node' as const,
      testTimeout: 120_000,
      // One worker keeps its modules and JIT across the suite files (per-file fork start-up was about a quarter
      // of a default run); the files share only the target's URL and fixtures, each with its own client and ledger.
      isolate: false,
      // The files share one embedded mock: run them one at a time on any machine (with three or more cores vitest
      // would start several workers, and a case reading the share list could see another file's share land).
      fileParallelism: false,
      provide,
    },
  };
}

// The self-tests that sit beside the code, and the conformance suites against the mock playing each site.
export default defineConfig({
  test: {
    // Transformed modules are kept on disk (node_modules/.experimental-vitest-cache, keyed by each file's content, the
    // config and the lockfile): a run after the first skips transforming the suites, about 2 s of a default run's CPU.
    experimental: { fsModuleCache: true },
    projects: [
      {
        test: {
          name: 'self',
          include: ['{core,specs,generators,generated,checks,reports,mock,cli,sdk,bench,recording,arbitraries}/**/*.test.ts', 'suites/harness/**/*.test.ts', '*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
        },
      },
      // China: its definitions have every action and field. The CLI's embedded run uses this project.
      conformance('conformance', { tcconformSite: 'china' }),
      // The international site's contract (fewer actions and fields; cases it cannot judge skip with the reason);
      // 25 runs a property keep it to a fraction of the China run.
      conformance('conformance-intl', { tcconformSite: 'intl', tcconformRuns: 25 }),
    ],
  },
});
