// Benchmark 3b (with `--baseline DIR`): the default run of this checkout against the default run of another one (an
// earlier commit with its own node_modules), timed in interleaved pairs so that both see the same machine. Growth
// targets such as "the default run stays within 10% of today's" are judged on this ratio, not on two figures taken
// hours apart: on two shared cores a lone wall time moves by a quarter with the machine's other work.
import { execFileSync } from 'node:child_process';
import { median } from '../core/percentile.ts';
import { figure, ratio, type Figure } from './figure.ts';
import { timeCliRun, type TimedRun } from './time-cli-run.ts';

/** What to compare: the other checkout's root and how many pairs to time. */
export interface VersusOptions {
  readonly baseline: string;
  readonly pairs: number;
  /** Extra flags for every run (quick mode narrows the suite). */
  readonly extra: readonly string[];
}

/** The baseline's commit, for the figure's detail; `unknown` when it is not a git checkout. */
function commitOf(root: string): string {
  try {
    return execFileSync('git', ['-C', root, 'rev-parse', '--short', 'HEAD'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return 'unknown';
  }
}

/** The order of pair `i`: this checkout first in even pairs, the baseline first in odd ones, so a drift of the
 * machine's load during the series weighs on both sides alike. */
export function pairOrder(i: number): readonly ['this' | 'baseline', 'this' | 'baseline'] {
  return i % 2 === 0 ? ['this', 'baseline'] : ['baseline', 'this'];
}

/** One untimed run of each side first (it fills vitest's module cache, as any run after the first finds it), then
 * `pairs` interleaved pairs; the figures are the ratios of the medians, wall time and CPU time. */
export async function runVersusBaseline(opts: VersusOptions): Promise<{ figures: Figure[]; details: unknown }> {
  const run = (side: 'this' | 'baseline') => timeCliRun(opts.extra, 300_000, side === 'baseline' ? opts.baseline : undefined);
  const warmups = [await run('this'), await run('baseline')];
  const timed: Record<'this' | 'baseline', TimedRun[]> = { this: [], baseline: [] };
  for (let i = 0; i < opts.pairs; i++) {
    for (const side of pairOrder(i)) timed[side].push(await run(side));
  }
  const failed = [...warmups, ...timed.this, ...timed.baseline].filter((t) => t.exitCode !== 0 || !t.reportWritten);
  const m = (side: 'this' | 'baseline', key: 'seconds' | 'cpuSeconds') => median(timed[side].map((t) => t[key]));
  const commit = commitOf(opts.baseline);
  const detail = (key: 'seconds' | 'cpuSeconds', unit: string) =>
    `median of ${opts.pairs} interleaved pairs: ${m('this', key).toFixed(1)} ${unit} here, ${m('baseline', key).toFixed(1)} ${unit} at ${commit} (${opts.baseline}); ${failed.length} runs without exit 0 and a report`;
  return {
    figures: [
      figure('run.vsBaselineWall', `Default run wall time / the baseline checkout's`, ratio(m('this', 'seconds'), m('baseline', 'seconds')), '×', detail('seconds', 's'), { op: '<=', value: 1.1 }),
      figure('run.vsBaselineCpu', `Default run CPU time (all its processes) / the baseline checkout's`, ratio(m('this', 'cpuSeconds'), m('baseline', 'cpuSeconds')), '×', detail('cpuSeconds', 's CPU'), { op: '<=', value: 1.1 }),
    ],
    details: { baseline: opts.baseline, commit, warmups, timed },
  };
}
