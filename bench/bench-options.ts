// `npm run bench` flags and the sizes of every benchmark, full or --quick (a smoke test of a minute or so).

/** The benchmarks, in the order they run. */
export const BENCHMARKS = ['mock', 'soak', 'judging', 'run', 'pacing', 'liverun', 'report'] as const;
/** One benchmark's name. */
export type BenchName = (typeof BENCHMARKS)[number];

/** What the bench run does. */
export interface BenchOptions {
  readonly quick: boolean;
  readonly only: readonly BenchName[];
  /** Write a CPU profile of the standalone mock (benchmark `mock`) here. */
  readonly profileDir?: string;
  /** Another checkout (with its node_modules) whose default run the `run` benchmark times beside this one's. */
  readonly baseline?: string;
  readonly out: string;
  readonly help: boolean;
}

/** How big each benchmark is. */
export interface BenchSizes {
  readonly throughput: { readonly connections: number; readonly rounds: number; readonly roundSeconds: number; readonly warmupSeconds: number };
  readonly soak: { readonly connections: number; readonly total: number; readonly chunks: number };
  readonly judging: { readonly runsPerProperty: number; readonly warmups: number; readonly repeats: number };
  /** --runs values to time; with --baseline, interleaved pairs of default runs against the baseline checkout. */
  readonly run: { readonly runs: readonly number[]; readonly extra: readonly string[]; readonly pairs: number };
  readonly pacing: { readonly action: string; readonly runs: number };
  /** The whole mutating endpoint run under the concurrent scheduler (runs per property, rate share). */
  readonly liverun: { readonly runs: number; readonly rateShare: number };
  readonly reportCases: number;
}

/** The sizes of the full bench (about six minutes on two cores) or of --quick. */
export function benchSizes(quick: boolean): BenchSizes {
  if (quick) {
    return {
      throughput: { connections: 32, rounds: 1, roundSeconds: 2, warmupSeconds: 1 },
      soak: { connections: 32, total: 20_000, chunks: 4 },
      judging: { runsPerProperty: 10, warmups: 0, repeats: 1 },
      run: { runs: [5, 10], extra: ['--action', 'DescribeImageSharePermission'], pairs: 1 },
      pacing: { action: 'ShareBlueprintAcrossAccounts', runs: 2 },
      liverun: { runs: 2, rateShare: 0.9 },
      reportCases: 10_000,
    };
  }
  return {
    throughput: { connections: 32, rounds: 2, roundSeconds: 5, warmupSeconds: 2 },
    soak: { connections: 32, total: 1_000_000, chunks: 10 },
    judging: { runsPerProperty: 100, warmups: 1, repeats: 3 },
    run: { runs: [25, 50, 100, 200], extra: [], pairs: 5 },
    pacing: { action: 'ShareBlueprintAcrossAccounts', runs: 30 },
    liverun: { runs: 25, rateShare: 0.9 },
    reportCases: 100_000,
  };
}

/** Parses `--quick`, `--only a,b`, `--profile DIR`, `--baseline DIR`, `--out FILE`, `--help`; an error is one line. */
export function parseBenchArgs(argv: readonly string[], defaultOut: string): { ok: true; value: BenchOptions } | { ok: false; error: string } {
  let quick = false;
  let help = false;
  let only: BenchName[] = [...BENCHMARKS];
  let profileDir: string | undefined;
  let baseline: string | undefined;
  let out = defaultOut;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const [name, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = () => inline ?? argv[++i];
    if (name === '--quick') quick = true;
    else if (name === '--help' || name === '-h') help = true;
    else if (name === '--only') {
      const names = (value() ?? '').split(',').filter((n) => n !== '');
      const unknown = names.find((n) => !(BENCHMARKS as readonly string[]).includes(n));
      if (unknown !== undefined || names.length === 0) return { ok: false, error: `bench: --only takes some of ${BENCHMARKS.join(', ')}${unknown ? `, not '${unknown}'` : ''}` };
      only = BENCHMARKS.filter((b) => names.includes(b));
    } else if (name === '--profile' || name === '--out' || name === '--baseline') {
      const v = value();
      if (v === undefined || v === '') return { ok: false, error: `bench: ${name} needs a value` };
      if (name === '--profile') profileDir = v;
      else if (name === '--baseline') baseline = v;
      else out = v;
    } else return { ok: false, error: `bench: unknown argument '${arg}' (see --help)` };
  }
  return { ok: true, value: { quick, only, out, help, ...(profileDir === undefined ? {} : { profileDir }), ...(baseline === undefined ? {} : { baseline }) } };
}

/** The --help text. */
export const BENCH_HELP = `Usage: npm run bench -- [--quick] [--only ${BENCHMARKS.join(',')}] [--profile DIR] [--baseline DIR] [--out FILE]

Measures the mock's throughput against a bare node:http server, its memory over a million requests, the
judging throughput of the harness, the default run's wall time and how it grows with --runs, the live pacer
against the documented rate limits, a whole mutating endpoint run against its rate-limit bound (the concurrent
scheduler), and the report for 100,000 cases. Writes bench/results.json (or --out)
and prints a table. --quick scales everything down (a smoke test, not comparable figures); --profile writes
a CPU profile of the mock under load (read it with: npx tsx bench/profile.ts DIR; the profiler slows the mock).
--baseline DIR: another checkout of tcconform with its node_modules (e.g. git worktree add ../base COMMIT, then
npm ci there); the run benchmark then also times this checkout's default run against that one's in interleaved
pairs and gives the ratios of their wall and CPU times.`;
