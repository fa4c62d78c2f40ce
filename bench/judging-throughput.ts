// Benchmark 2, judging throughput: generated cases per second through the real harness path — fast-check
// generation (checkProperty), signing, HTTP to the embedded mock (rate limits off), envelope parsing, redaction and
// the whole check catalogue (CaseRun.send) — with the properties run one after another, as a conformance file does.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { startMock } from '../mock/index.ts';
import { defaultRunConfig } from '../suites/harness/default-run-config.ts';
import { createTargetClient, type TargetClient } from '../suites/harness/target-client.ts';
import { resolveCredentials } from '../suites/harness/suite-context.ts';
import { openLedger } from '../suites/harness/ledger.ts';
import { CaseRun } from '../suites/harness/case-run.ts';
import { checkProperty } from '../suites/harness/check-property.ts';
import { generatedProperties } from './generated-properties.ts';
import { figure, type Figure } from './figure.ts';
import { median } from '../core/percentile.ts';
import { caseRegion } from '../suites/harness/default-region.ts';

/** How much to judge. */
export interface JudgingOptions {
  /** fast-check runs of each generated property (the default run uses 100). */
  readonly runsPerProperty: number;
  /** Untimed passes first: the JIT compiles the hot paths and the heap grows to its working size (steady state is what a run of thousands of cases sees). */
  readonly warmups: number;
  /** Timed passes over every property; the figure is the median pass. */
  readonly repeats: number;
}

/** One timed pass over every property. */
export interface JudgingPass {
  readonly properties: number;
  readonly cases: number;
  readonly seconds: number;
  readonly findings: number;
  readonly faults: number;
}

function counting(client: TargetClient): { client: TargetClient; count: () => number } {
  let n = 0;
  return { client: { ...client, call: (req) => { n += 1; return client.call(req); } }, count: () => n };
}

/** Runs every generated negative property against a fresh embedded mock, `repeats` times; median cases per second. */
export async function judgingThroughput(opts: JudgingOptions): Promise<{ figures: Figure[]; details: unknown }> {
  const warmups: JudgingPass[] = [];
  for (let i = 0; i < opts.warmups; i++) warmups.push(await judgingPass(opts.runsPerProperty));
  const passes: JudgingPass[] = [];
  for (let i = 0; i < opts.repeats; i++) passes.push(await judgingPass(opts.runsPerProperty));
  const rates = passes.map((p) => p.cases / p.seconds);
  const warmupRates = warmups.map((p) => Math.round(p.cases / p.seconds));
  const rate = median(rates);
  const one = passes[0];
  return {
    figures: [figure('judging.casesPerSecond', 'Judging throughput (generated cases, end to end)', rate, 'cases/s',
      `median of ${passes.length} passes (${rates.map((r) => Math.round(r)).join(', ')}) after ${warmups.length} untimed${warmupRates.length ? ` (${warmupRates.join(', ')})` : ''}; each ${one?.cases} cases of ${one?.properties} properties × ${opts.runsPerProperty} runs; ${passes.reduce((s, p) => s + p.findings, 0)} findings, ${passes.reduce((s, p) => s + p.faults, 0)} faults`,
      { op: '>=', value: 2000 })],
    details: { warmups, passes },
  };
}

/** One pass: a fresh embedded mock (rate limits off), the harness's client and ledger, every property in turn. */
async function judgingPass(runsPerProperty: number): Promise<JudgingPass> {
  const mock = await startMock({ rateLimits: false });
  const dir = mkdtempSync(join(tmpdir(), 'tcconform-bench-judge-'));
  const config = { ...defaultRunConfig(mock.url, mock.url, mock.fixtures()), runs: runsPerProperty, ledgerPath: join(dir, 'ledger.jsonl') };
  const base = createTargetClient(config, resolveCredentials(config));
  const { client, count } = counting(base);
  // As suites/harness/suite-context.ts opens it for a mock target.
  const ledger = openLedger(config.ledgerPath, { durable: config.target.kind !== 'mock' });
  const properties = generatedProperties(config.fixtures, caseRegion(config) ?? '');
  let findings = 0;
  let faults = 0;
  try {
    const started = performance.now();
    for (const p of properties) {
      const run = new CaseRun({ id: p.id, title: p.id, operation: p.operation, check: 'negative_data_rejection', safety: 'negative', docs: p.operation.docs }, config, client, ledger);
      try {
        await checkProperty(run, p.arbitrary, async (value) => {
          fc.pre(value !== undefined);
          await run.send(value.call, value.expectation);
        }, (value) => ({ operation: p.operation.key, region: null, form: value?.call.form ?? 'post-json', params: value?.call.params ?? {} }));
      } catch {
        faults += 1;
      }
      findings += run.findings.length;
    }
    return { properties: properties.length, cases: count(), seconds: (performance.now() - started) / 1000, findings, faults };
  } finally {
    ledger.close();
    await base.close();
    await mock.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
