// `tcconform sdk`: gate a release of tencentcloud-sdk-nodejs. Runs the SDK gate (sdk/run/run-gate.ts) on the
// candidate (and, when asked, on a baseline release, or reads an earlier sdk-results.json), writes
// sdk-results.json, junit.xml and index.html into --out, prints counts per action and calling style and what
// changed since the baseline, exits 0/1. Several --sdk give one report over the releases (sdk/results/release-matrix.ts).

import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import type { Io } from './io.ts';
import { ExitCode } from './exit-codes.ts';
import { expandReleaseRanges, resolveCandidate, type Candidate } from '../sdk/load/resolve-candidate.ts';
import { gateRelease } from '../sdk/run/gate-release.ts';
import type { GateOptions } from '../sdk/run/run-gate.ts';
import { sdkOptions, type SdkOptions } from '../sdk/sdk-options.ts';
import { sdkHelp } from '../sdk/sdk-help.ts';
import type { SdkResultsFile } from '../sdk/results/sdk-results-file.ts';
import { readSdkResults } from '../sdk/results/read-sdk-results.ts';
import { gatingRegressions, releaseDiff } from '../sdk/results/release-diff.ts';
import { exitCodeOf } from '../sdk/results/gate-verdict.ts';
import { formatSummary } from '../sdk/results/format-summary.ts';
import { jsonSummary } from '../sdk/results/json-summary.ts';
import { writeGateOutputs, writeReport } from '../sdk/results/write-gate-outputs.ts';
import { formatMatrix, releaseMatrix } from '../sdk/results/release-matrix.ts';
import { sdkMatrixModel } from '../sdk/results/as-case-results.ts';

/** Runs the command; returns the exit code. */
export async function sdkCommand(argv: string[], io: Io): Promise<number> {
  const parsed = sdkOptions(argv, process.cwd());
  if (!parsed.ok) return usage(io, parsed.error);
  const opts = parsed.value;
  if (opts.help) {
    io.out(sdkHelp);
    return ExitCode.Ok;
  }
  const baselineFile = opts.baseline === undefined ? undefined : readSdkResults(opts.baseline);
  if (baselineFile !== undefined && !baselineFile.ok) return usage(io, `tcconform sdk: ${baselineFile.error}`);
  // Releases are listed and fetched first, with the user's npm and its proxy settings; the gate then drops them.
  const sdks = expandReleaseRanges(opts.sdks, process.cwd());
  if (!sdks.ok) return usage(io, `tcconform sdk: ${sdks.error}`);
  if (sdks.value.length > 1 && (opts.baseline !== undefined || opts.baselineSdk !== undefined)) {
    return usage(io, `tcconform sdk: a baseline compares one candidate; the range gives ${sdks.value.length} releases`);
  }
  const candidates: Candidate[] = [];
  try {
    for (const arg of [...(sdks.value.length > 0 ? sdks.value : [undefined]), ...(opts.baselineSdk ? [opts.baselineSdk] : [])]) {
      const resolved = resolveCandidate(arg, process.cwd());
      if (!resolved.ok) return usage(io, `tcconform sdk: ${resolved.error}`);
      candidates.push(resolved.value);
    }
    // Loopback only: a proxy variable would route even 127.0.0.1 through a proxy in SDKs that honour it.
    for (const name of ['http_proxy', 'HTTP_PROXY', 'https_proxy', 'HTTPS_PROXY']) delete process.env[name];
    const progress = io.tty ? (done: number, total: number) => { if (done % 50 === 0 || done === total) io.err(`\rsdk gate: ${done}/${total} calls`); } : undefined;
    const gateOpts: Omit<GateOptions, 'sdk' | 'label'> = { ...(opts.operations ? { operations: opts.operations } : {}),
      ...(opts.styles ? { styles: opts.styles } : {}), ...(progress ? { onProgress: progress } : {}) };
    if (sdks.value.length > 1) return await matrix(candidates.slice(0, sdks.value.length), gateOpts, opts, io);
    return await single(candidates, baselineFile?.value, gateOpts, opts, io);
  } finally {
    for (const c of candidates) c.remove();
  }
}

/** One candidate, compared with a baseline when one is given. */
async function single(candidates: readonly Candidate[], baselineFile: SdkResultsFile | undefined, gateOpts: Omit<GateOptions, 'sdk' | 'label'>, opts: SdkOptions, io: Io): Promise<number> {
  const [candidate, baselineRelease] = candidates as [Candidate, Candidate | undefined];
  const gated = await gateRelease(candidate, gateOpts);
  if (!gated.ok) return usage(io, `tcconform sdk: ${gated.error}`);
  let baseline = baselineFile;
  if (baselineRelease !== undefined) {
    const b = await gateRelease(baselineRelease, gateOpts);
    if (!b.ok) return usage(io, `tcconform sdk: ${b.error.replace(/^--sdk /, '--baseline-sdk ')}`);
    baseline = b.value;
  }
  const diff = baseline === undefined ? undefined : releaseDiff(baseline, gated.value);
  const file: SdkResultsFile = diff === undefined ? gated.value : { ...gated.value, releaseDiff: diff };
  const failOnRegression = opts.failOn === 'regression';
  try {
    writeGateOutputs(file, opts.out, failOnRegression);
    if (baselineRelease !== undefined && baseline !== undefined) writeGateOutputs(baseline, join(opts.out, 'baseline'));
  } catch (err) {
    return cannotWrite(io, opts.out, err);
  }
  io.out(opts.json ? JSON.stringify(jsonSummary(file, opts.out), null, 1) : formatSummary(file, opts.out));
  if (!failOnRegression || diff === undefined) return exitCodeOf(file.verdict);
  const gating = gatingRegressions(diff).length;
  if (!opts.json) io.out(`--fail-on regression: ${gating > 0 ? `FAIL, ${gating} regression(s)` : 'PASS, no gating regression'} since ${diff.baseline.version}`);
  return gating > 0 ? ExitCode.Findings : ExitCode.Ok;
}

/** Several releases: each gated into its own folder, one report and sdk-matrix.json over all of them. */
async function matrix(candidates: readonly Candidate[], gateOpts: Omit<GateOptions, 'sdk' | 'label'>, opts: SdkOptions, io: Io): Promise<number> {
  const files: SdkResultsFile[] = [];
  const dirs: string[] = [];
  for (const [i, candidate] of candidates.entries()) {
    const gated = await gateRelease(candidate, gateOpts);
    if (!gated.ok) return usage(io, `tcconform sdk: ${gated.error}`);
    files.push(gated.value);
    dirs.push(join(opts.out, `release-${i + 1}-${gated.value.sdk.version.replace(/[^0-9A-Za-z.+-]/g, '_')}`));
  }
  const m = releaseMatrix(files, dirs);
  try {
    files.forEach((f, i) => writeGateOutputs(f, dirs[i] ?? opts.out));
    writeReport(sdkMatrixModel(files), opts.out);
    writeFileSync(join(opts.out, 'sdk-matrix.json'), `${JSON.stringify(m, null, 1)}\n`);
  } catch (err) {
    return cannotWrite(io, opts.out, err);
  }
  io.out(opts.json ? JSON.stringify(m, null, 1) : [...formatMatrix(m), `results: ${opts.out}/sdk-matrix.json, ${opts.out}/junit.xml, ${opts.out}/index.html`].join('\n'));
  // Any release failing fails the run; otherwise any inconclusive one makes it inconclusive.
  if (files.some((f) => f.verdict === 'fail')) return ExitCode.Findings;
  return files.some((f) => f.verdict === 'inconclusive') ? ExitCode.Harness : ExitCode.Ok;
}

function usage(io: Io, message: string): number {
  io.err(message);
  return ExitCode.Usage;
}

function cannotWrite(io: Io, out: string, err: unknown): number {
  io.err(`tcconform sdk: cannot write ${out}: ${err instanceof Error ? err.message : String(err)}`);
  return ExitCode.Harness;
}
