// Benchmarks 3 and 5c: wall time of the default run (the README's main command, 100 runs per property) and how the
// total grows with --runs (a least-squares line through the measured points: seconds per 100 runs, and r²).
import { figure, type Figure } from './figure.ts';
import { linearFit } from './linear-fit.ts';
import { timeCliRun, type TimedRun } from './time-cli-run.ts';

/** Which --runs values to time; the default run is the one at 100 (or the largest when 100 is not among them). */
export interface DefaultRunOptions {
  readonly runs: readonly number[];
  /** Extra flags for every run (quick mode narrows the suite). */
  readonly extra: readonly string[];
}

/** Times one run per --runs value and fits the line; the default run's figure is its point on it. */
export async function defaultRun(opts: DefaultRunOptions): Promise<{ figures: Figure[]; details: unknown }> {
  const defaultRuns = opts.runs.includes(100) ? 100 : Math.max(...opts.runs);
  const timed: TimedRun[] = [];
  for (const runs of opts.runs) timed.push(await timeCliRun([...(runs === 100 ? [] : ['--runs', String(runs)]), ...opts.extra]));
  const main = timed[opts.runs.indexOf(defaultRuns)];
  const failed = timed.filter((t) => t.exitCode !== 0 || !t.reportWritten);
  const fit = linearFit(opts.runs.map((runs, i) => ({ x: runs, y: timed[i]?.seconds ?? Number.NaN })));
  const label = defaultRuns === 100 ? 'Default run (node bin/tcconform.js run --out DIR)' : `Run with --runs ${defaultRuns} (quick)`;
  return {
    figures: [
      figure('run.defaultSeconds', label, main?.seconds ?? Number.NaN, 's', `process start to report written; exit ${main?.exitCode}; ${failed.length} of ${timed.length} runs without exit 0 and a report`, { op: '<=', value: 20 }),
      figure('run.secondsPer100Runs', 'Run time growth per 100 runs per property', fit.slope * 100, 's',
        `${opts.runs.map((r, i) => `--runs ${r}: ${timed[i]?.seconds.toFixed(1)} s`).join(', ')}; intercept ${fit.intercept.toFixed(1)} s, r² ${fit.r2.toFixed(3)}`),
    ],
    details: { timed, fit },
  };
}
