// `tcconform run`: validate the configuration, probe the target, run the conformance suites under vitest with
// the report writer and the progress line, undo anything a run left in the ledger, print the summary.

import { join } from 'node:path';
import type { Io } from './io.ts';
import { ExitCode } from './exit-codes.ts';
import { runHelp } from './run-help.ts';
import { runOptions, type RunOptions } from './run-options.ts';
import { packageRoot, packageVersion } from '../core/package-root.ts';
import { printSummary } from './print-summary.ts';
import { readBaseline } from './drift-baseline.ts';
import { printDrift } from './drift-summary.ts';
import { gatingDrift } from '../reports/drift.ts';
import { applyDrift, type Baseline } from '../reports/apply-drift.ts';
import { mergeResults } from '../reports/merge-results.ts';
import { writeReport } from '../reports/write-report.ts';
import { cleanupLedger } from './cleanup-ledger.ts';
import { changeTally } from './change-tally.ts';
import { ConfigError } from '../core/errors.ts';
import { specVersions } from '../generated/operations.ts';
import { loadFixtures } from '../suites/harness/load-fixtures.ts';
import { defaultRegions } from '../core/fixtures.ts';
import { RUN_CONFIG_ENV, type RunConfig } from '../suites/harness/run-config.ts';
import { siteOf } from '../suites/harness/site-of.ts';
import { DEFAULT_SEED } from '../suites/harness/default-run-config.ts';
import { createTargetClient } from '../suites/harness/target-client.ts';
import { resolveCredentials } from '../suites/harness/suite-context.ts';
import { probeTarget } from '../suites/harness/probe-target.ts';
import { TcconformReporter } from '../reports/vitest-reporter.ts';
import { caseNamePattern } from '../suites/harness/case-name-pattern.ts';
import { ProgressReporter } from '../reports/progress-reporter.ts';
import type { RecordingRef, ResultsModel, RunMeta } from '../reports/results-model.ts';
import { beginRecording, endRecording, replayRun, specNote, withRecord } from './run-recording.ts';
import { startBroker } from '../suites/harness/schedule/broker.ts';
import { formatRates } from '../suites/harness/schedule/format-rates.ts';
import { ONE_MODULE_ENV } from '../suites/harness/schedule/interleave.ts';
import { caseRegion } from '../suites/harness/default-region.ts';

/** Runs the command; returns the exit code. */
export async function runCommand(argv: string[], io: Io): Promise<number> {
  const parsed = runOptions(argv, process.cwd());
  if (!parsed.ok) {
    io.err(parsed.error);
    return ExitCode.Usage;
  }
  const opts = parsed.value;
  if (opts.help) {
    io.out(runHelp);
    return ExitCode.Ok;
  }
  // A bad baseline is a usage error (exit 2) before anything is sent.
  const baseline = opts.drift.baseline === '' ? undefined : await readBaseline(opts.drift.baseline);
  const replay = opts.target === 'recording' ? replayRun(opts, specVersions) : undefined;
  const config = replay?.config ?? withRecord(opts, await configFor(opts));
  if (config.target.kind !== 'mock' && config.target.kind !== 'recording') {
    const client = createTargetClient(config, resolveCredentials(config));
    try {
      await probeTarget(client, caseRegion(config) ?? '', config.target.baseUrl || 'the live API');
    } finally {
      await client.close();
    }
  }
  specNote(replay?.ref, io);
  beginRecording(config, { target: targetOf(config), specVersions, toolVersion: packageVersion('tcconform'),
    temporaryCredentials: config.record !== undefined && config.target.kind !== 'mock' && resolveCredentials(config).token !== undefined,
    scheduled: usesScheduler(config) });
  const model = await runRegions(opts, config, io, baseline, replay?.ref);
  endRecording(config, io);
  const leftovers = config.target.kind === 'mock' || config.target.kind === 'recording' ? [] : await cleanupLedger(config, io);
  if (model === undefined) {
    io.err('tcconform run: the run ended without results (see the messages above)');
    return ExitCode.Harness;
  }
  printSummary(model, opts.out, io);
  printDrift(model, io);
  if (model.totals.failed > 0) return ExitCode.Findings;
  if (opts.drift.settings.failOnDrift && gatingDrift(model).length > 0) return ExitCode.Findings;
  // A share the run could not put back is never silent: the summary lists it, and the run does not pass.
  if (model.totals.errored > 0 || model.unhandledErrors.length > 0 || leftovers.length > 0 || changeTally(model).left.length > 0) return ExitCode.Harness;
  return ExitCode.Ok;
}

// Several --region values: one run per region (each a separate target in the report), merged into one report
// in --out (each region's own report stays in --out/regions/<region>); drift is judged on the merged model.
async function runRegions(opts: RunOptions, config: RunConfig, io: Io, baseline: Baseline | undefined, recording?: RecordingRef): Promise<ResultsModel | undefined> {
  if (config.regions.length <= 1) return runSuites(opts, config, io, baseline, opts.out, recording);
  const models: ResultsModel[] = [];
  for (const region of config.regions) {
    io.err(`tcconform run: region ${region}`);
    const model = await runSuites(opts, { ...config, regions: [region] }, io, undefined, join(opts.out, 'regions', region), recording);
    if (model === undefined) return undefined;
    models.push(model);
  }
  const merged = applyDrift(mergeResults(models).model, baseline, opts.drift.settings);
  writeReport(opts.out, merged);
  return merged;
}

/** Whether the run's cases go through the concurrent scheduler (live and endpoint targets). */
function usesScheduler(config: RunConfig): boolean {
  return config.target.kind !== 'mock' && config.target.kind !== 'recording';
}

async function configFor(opts: RunOptions): Promise<RunConfig> {
  const fixtures = opts.fixtures === '' ? undefined : await loadFixtures(opts.fixtures);
  const regions = opts.regions.length > 0 ? opts.regions : fixtures ? defaultRegions(fixtures) : [];
  const unknown = fixtures ? regions.find((r) => !(r in fixtures.regions)) : undefined;
  if (unknown !== undefined) throw new ConfigError(`region ${unknown} is not in the fixtures file ${opts.fixtures} (it has ${Object.keys(fixtures?.regions ?? {}).join(', ')})`);
  const baseUrl = opts.target === 'endpoint' ? opts.endpoint.replace(/\/+$/, '') : '';
  return {
    target: { kind: opts.target, baseUrl, rateLimitBaseUrl: baseUrl, timeoutMs: opts.timeoutMs },
    fixtures: fixtures ?? { version: 1, regions: {} }, fixturesSource: opts.fixtures || 'embedded mock (default world)',
    allowMutations: opts.allowMutations, pace: opts.target !== 'mock', seed: opts.seed ?? DEFAULT_SEED, runs: opts.runs,
    products: opts.products, actions: opts.actions, caseFilter: opts.caseFilter, replayPath: opts.replay, regions,
    ledgerPath: opts.ledger, rateShare: opts.rateShare,
    ...(opts.target === 'mock' ? { site: opts.site } : {}),
  };
}

async function runSuites(opts: RunOptions, config: RunConfig, io: Io, baseline: Baseline | undefined, outDir: string, recording?: RecordingRef): Promise<ResultsModel | undefined> {
  const { createVitest } = await import('vitest/node');
  let model: ResultsModel | undefined;
  const meta: RunMeta = {
    target: targetOf(config),
    startedAt: new Date().toISOString(), durationMs: 0, seed: config.seed, runs: config.runs, regions: config.regions,
    allowMutations: config.allowMutations, fixturesSource: config.fixturesSource, specVersions, site: config.site ?? siteOf(config),
    sdkVersion: packageVersion('tencentcloud-sdk-nodejs'), toolVersion: packageVersion('tcconform'), ...(recording === undefined ? {} : { recording }),
  };
  // Live and endpoint runs: cases of different actions are in flight at once (every suite as one module); the broker gives every
  // request a slot from its action's one bucket and every case the locks of the fixture resources it touches.
  const broker = usesScheduler(config) ? await startBroker(config.rateShare ?? 0.9) : undefined;
  const scheduled: RunConfig = broker === undefined ? config : { ...config, schedule: { brokerUrl: broker.url } };
  process.env[RUN_CONFIG_ENV] = JSON.stringify(scheduled);
  if (broker === undefined) delete process.env[ONE_MODULE_ENV];
  else process.env[ONE_MODULE_ENV] = '1';
  const rates = broker === undefined ? undefined : () => formatRates(broker.stats());
  const reporters = [new TcconformReporter({ outDir, meta, ...(baseline === undefined ? {} : { baseline }), drift: opts.drift.settings, onModel: (m) => { model = m; } }),
    ...(opts.progress ? [new ProgressReporter({ write: (t) => process.stderr.write(t), tty: io.tty, ...(rates ? { rates } : {}) })] : [])];
  const pattern = caseNamePattern(config.products, config.actions, config.caseFilter);
  const vitest = await createVitest('test', { root: packageRoot, ...(pattern ? { testNamePattern: pattern } : {}), ...(opts.shard ? { shard: opts.shard } : {}), config: join(packageRoot, 'vitest.config.ts'), project: ['conformance'], watch: false, reporters, passWithNoTests: true,
    ...(broker === undefined ? {} : { sequence: { concurrent: true } }) });
  const onSigint = () => { io.err('\ntcconform run: interrupted; stopping and undoing mutations'); void vitest.cancelCurrentRun('keyboard-input'); };
  process.once('SIGINT', onSigint);
  try {
    await vitest.start();
  } finally {
    process.off('SIGINT', onSigint);
    await vitest.close();
    await broker?.close();
  }
  return model;
}

function targetOf(config: RunConfig): RunMeta['target'] {
  const t = config.target;
  return { kind: t.kind, endpoint: t.recording ?? (t.baseUrl || (t.kind === 'mock' ? 'embedded' : 'product hosts')), label: label(config) };
}

function label(config: RunConfig): string {
  const t = config.target;
  const where = t.kind === 'mock' ? 'embedded mock' : t.kind === 'live' ? 'live API' : t.kind === 'recording' ? `recording ${t.recording ?? ''}` : t.baseUrl;
  return `${where} (${config.regions.join(', ') || 'default region'})`;
}
