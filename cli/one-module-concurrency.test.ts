// A live-like run keeps CONCURRENT_CASES cases in flight. vitest applies maxConcurrency per project and does not pass
// a root option of createVitest down to its projects, so the option once given there left the run at vitest's
// default of five cases in flight (wall time 1.5 × the rate-limit bound instead of 1.1): this resolves the config
// as `tcconform run` does for an endpoint and reads what the conformance project got.

import { afterEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { createVitest } from 'vitest/node';
import { packageRoot } from '../core/package-root.ts';
import { CONCURRENT_CASES } from '../suites/harness/schedule/concurrent-cases.ts';
import { ONE_MODULE_ENV } from '../suites/harness/schedule/interleave.ts';

const before = process.env[ONE_MODULE_ENV];
afterEach(() => {
  if (before === undefined) delete process.env[ONE_MODULE_ENV];
  else process.env[ONE_MODULE_ENV] = before;
});

async function conformanceProject(oneModule: boolean): Promise<{ maxConcurrency: number; concurrent: boolean | undefined; include: string[] }> {
  if (oneModule) process.env[ONE_MODULE_ENV] = '1';
  else delete process.env[ONE_MODULE_ENV];
  const vitest = await createVitest('test', { root: packageRoot, config: join(packageRoot, 'vitest.config.ts'), project: ['conformance'], watch: false,
    reporters: [], ...(oneModule ? { sequence: { concurrent: true } } : {}) });
  try {
    const project = vitest.projects.find((p) => p.name === 'conformance');
    if (project === undefined) throw new Error('no conformance project');
    return { maxConcurrency: project.config.maxConcurrency, concurrent: project.config.sequence.concurrent, include: project.config.include };
  } finally {
    await vitest.close();
  }
}

describe('cases in flight under the concurrent scheduler', () => {
  it('the conformance project of a live-like run keeps CONCURRENT_CASES cases in flight, concurrently', async () => {
    const p = await conformanceProject(true);
    expect(p.include).toEqual(['suites/all-suites.cases.ts']);
    expect(CONCURRENT_CASES).toBeGreaterThan(5);
    expect(p.maxConcurrency).toBe(CONCURRENT_CASES);
    expect(p.concurrent).toBe(true);
  });

  it('the embedded run (one file at a time) is left as it was', async () => {
    const p = await conformanceProject(false);
    expect(p.include).toEqual(['suites/**/*.test.ts']);
    expect(p.concurrent).not.toBe(true);
  });
});
