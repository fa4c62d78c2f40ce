// `npm run bench`: runs the benchmarks one after another (nothing else of ours runs meanwhile), writes
// bench/results.json and prints the table of figures. Every figure is a rate or a ratio measured in this run.
import { existsSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { BENCH_HELP, benchSizes, parseBenchArgs, type BenchName, type BenchOptions, type BenchSizes } from './bench-options.ts';
import { defaultRun } from './default-run.ts';
import type { Figure } from './figure.ts';
import { formatTable } from './format-table.ts';
import { judgingThroughput } from './judging-throughput.ts';
import { livePacing } from './live-pacing.ts';
import { liveRun } from './live-run.ts';
import { mockSoak } from './mock-soak.ts';
import { mockThroughput } from './mock-throughput.ts';
import { packageRoot } from '../core/package-root.ts';
import { reportScale } from './report-scale.ts';
import { runVersusBaseline } from './run-versus-baseline.ts';

type Measured = { figures: Figure[]; details: unknown };

const RUNNERS: Readonly<Record<BenchName, (s: BenchSizes, opts: BenchOptions) => Promise<Measured>>> = {
  mock: (s, { profileDir }) => mockThroughput({ ...s.throughput, ...(profileDir ? { profileDir } : {}) }),
  soak: (s) => mockSoak(s.soak),
  judging: (s) => judgingThroughput(s.judging),
  run: async (s, { baseline }) => {
    const own = await defaultRun(s.run);
    if (baseline === undefined) return own;
    const versus = await runVersusBaseline({ baseline, pairs: s.run.pairs, extra: s.run.extra });
    return { figures: [...own.figures, ...versus.figures], details: { ...(own.details as object), versusBaseline: versus.details } };
  },
  pacing: (s) => livePacing(s.pacing),
  liverun: (s) => liveRun(s.liverun),
  report: async (s) => reportScale(s.reportCases),
};

async function main(argv: string[]): Promise<number> {
  const parsed = parseBenchArgs(argv, join(packageRoot, 'bench', 'results.json'));
  if (!parsed.ok) {
    process.stderr.write(`${parsed.error}\n`);
    return 2;
  }
  const opts = parsed.value;
  if (opts.help) {
    process.stdout.write(`${BENCH_HELP}\n`);
    return 0;
  }
  if (opts.baseline !== undefined && !existsSync(join(opts.baseline, 'bin', 'tcconform.js'))) {
    process.stderr.write(`bench: --baseline ${opts.baseline} is not a tcconform checkout (no bin/tcconform.js there)\n`);
    return 2;
  }
  if (opts.baseline !== undefined && !existsSync(join(opts.baseline, 'node_modules'))) {
    process.stderr.write(`bench: --baseline ${opts.baseline} has no node_modules (run npm ci there first)\n`);
    return 2;
  }
  const sizes = benchSizes(opts.quick);
  const started = new Date();
  const loadBefore = loadavg();
  const figures: Figure[] = [];
  const details: Record<string, unknown> = {};
  for (const name of opts.only) {
    const t = performance.now();
    process.stderr.write(`bench: ${name}…\n`);
    const measured = await RUNNERS[name](sizes, opts);
    figures.push(...measured.figures);
    details[name] = { seconds: (performance.now() - t) / 1000, ...(measured.details as object) };
  }
  const results = {
    schemaVersion: 1, mode: opts.quick ? 'quick' : 'full', startedAt: started.toISOString(), durationS: (Date.now() - started.getTime()) / 1000,
    machine: { node: process.version, cpus: availableParallelism(), loadAverageBefore: loadBefore, loadAverageAfter: loadavg() },
    figures, details,
  };
  writeFileSync(opts.out, `${JSON.stringify(results, null, 2)}\n`);
  process.stdout.write(`${formatTable(figures)}\n\n${opts.quick ? 'quick mode: smoke-test sizes, figures not comparable with the targets\n' : ''}`);
  process.stdout.write(`${figures.filter((f) => f.meets === false).length} of ${figures.filter((f) => f.meets !== undefined).length} targets missed; ${results.durationS.toFixed(0)} s; results: ${opts.out}\n`);
  return 0;
}

main(process.argv.slice(2)).then((code) => { process.exitCode = code; }, (error: unknown) => {
  process.stderr.write(`bench: ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
  process.exitCode = 3;
});
