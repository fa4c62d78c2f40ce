// The SDK gate: load the SDK, start the embedded mock and a recording relay in front of it, run every case (mock
// cases one at a time, scripted cases side by side), judge them, compare the SDK's model types with the specs.

import type { Result } from '../../core/types.ts';
import { operations, type Operation } from '../../generated/operations.ts';
import { startMock } from '../../mock/index.ts';
import { callingStyles, type CallingStyle } from '../calls/calling-styles.ts';
import { loopbackAgent } from '../calls/loopback-agent.ts';
import type { CaseKind, SdkCase } from '../cases/sdk-case.ts';
import { planCases } from '../cases/plan-cases.ts';
import { absentActions } from '../load/absent-actions.ts';
import { loadSdk, type LoadedSdk, type SdkLoadError } from '../load/load-sdk.ts';
import type { ModelReport } from '../model/model-conformance.ts';
import { HarnessError } from '../../core/errors.ts';
import { modelRecords } from '../results/model-records.ts';
import { presenceRecords } from '../results/presence-records.ts';
import type { SdkCheckName } from '../sdk-finding.ts';
import { startRelay } from '../server/relay-server.ts';
import { scriptedAnswers } from '../server/scripted-answers.ts';
import type { SdkCaseResult } from '../results/case-result.ts';
import type { GateResult } from '../results/gate-result.ts';
import { gateSetup } from './gate-setup.ts';
import { judgeCase } from './judge-case.ts';
import { runRelayed, runScripted, type CallEnv } from './run-call.ts';
import { runPool } from './run-pool.ts';

/** What to run; everything defaults to the whole gate. */
export interface GateOptions {
  /** A candidate SDK (folder or .tgz); the installed SDK when absent. */
  readonly sdk?: string;
  /** How reports name the candidate (e.g. `tencentcloud-sdk-nodejs@4.1.0` for a fetched release); the path by default. */
  readonly label?: string;
  readonly operations?: readonly string[];
  readonly styles?: readonly string[];
  readonly kinds?: readonly CaseKind[];
  readonly model?: boolean;
  /** Seconds; 5 and 0.5 unless told. */
  readonly reqTimeout?: number;
  readonly robustnessTimeout?: number;
  /** How long past reqTimeout a call may take before it counts as hung, ms; 2000 unless told. */
  readonly hangGraceMs?: number;
  readonly onProgress?: (done: number, total: number) => void;
}


/** Runs the gate; a candidate that cannot be found or loaded is an error value. */
export async function runGate(options: GateOptions = {}): Promise<Result<GateResult, SdkLoadError>> {
  const ops = operations.filter((op) => options.operations === undefined || options.operations.includes(op.key));
  const versions = Object.fromEntries(ops.map((op) => [op.product, `v${op.version.replace(/-/g, '')}`]));
  const loaded = loadSdk(options.sdk, versions, options.label);
  if (!loaded.ok) return loaded;
  const sdk = loaded.value;
  const started = Date.now();
  try {
    const target = `tencentcloud-sdk-nodejs ${sdk.version} (${sdk.source}) vs the embedded mock`;
    const styles = callingStyles.filter((s) => options.styles === undefined || options.styles.includes(s.id));
    const absent = absentActions(sdk.clients, ops);
    const present = ops.filter((op) => !absent.has(op.key));
    const { records, missing, region } = await runCalls(sdk, present, styles, options, target);
    const model = options.model === false ? undefined : await compareModels(sdk.root, present);
    const all = [...presenceRecords(ops, absent, dependentChecks(options, styles.length > 0), target), ...records,
      ...(model ? modelRecords(model, present.map((op) => op.key), target) : [])];
    return { ok: true, value: { sdk: { version: sdk.version, source: sdk.source, root: sdk.root }, target, startedAt: new Date(started).toISOString(),
      durationMs: Date.now() - started, styles, operations: ops.map((op) => op.key), records: all, model, missing, region,
      absent: ops.filter((op) => absent.has(op.key)).map((op) => ({ operation: op.key, action: op.action, why: absent.get(op.key) ?? '' })) } };
  } finally {
    sdk.dispose();
  }
}

/** The checks an action's absence skips: those this run would have judged it under. */
function dependentChecks(options: GateOptions, anyStyle: boolean): SdkCheckName[] {
  const kinds = anyStyle ? (options.kinds ?? ['value', 'error', 'robustness']) : [];
  const out: SdkCheckName[] = [];
  if (kinds.includes('value') || kinds.includes('error')) out.push('sdk_wire_conformance');
  if (kinds.includes('value')) out.push('sdk_value_conformance');
  if (kinds.includes('error')) out.push('sdk_error_mapping');
  if (kinds.includes('robustness')) out.push('sdk_robustness');
  if (options.model !== false) out.push('sdk_model_conformance');
  return out;
}

async function runCalls(sdk: LoadedSdk, ops: readonly Operation[], styles: readonly CallingStyle[], options: GateOptions, target: string): Promise<{ records: SdkCaseResult[]; missing: readonly string[]; region: string | undefined }> {
  const kinds = options.kinds ?? ['value', 'error', 'robustness'];
  if (styles.length === 0 || kinds.length === 0 || ops.length === 0) return { records: [], missing: [], region: undefined };
  const mock = await startMock({ rateLimits: false });
  const relay = await startRelay(mock.port);
  const agent = loopbackAgent();
  const env: CallEnv = { sdk, agent, mock, relay, reqTimeout: options.reqTimeout ?? 5, robustnessTimeout: options.robustnessTimeout ?? 0.5,
    hangGraceMs: options.hangGraceMs ?? 2000 };
  try {
    const setup = gateSetup(mock, ops);
    const cases = planCases({ operations: ops, styles, values: setup.values, errors: setup.errors, credentials: setup.credentials,
      answers: kinds.includes('robustness') ? scriptedAnswers(env.robustnessTimeout * 1000) : [] }).filter((c) => kinds.includes(c.kind));
    let done = 0;
    const tick = () => options.onProgress?.(++done, cases.length);
    const relayed = await runSerially(cases.filter((c) => c.answer === undefined), env, target, tick);
    const scripted = await runPool(cases.filter((c) => c.answer !== undefined), 32, async (kase) => {
      const judged = judgeCase(await runScripted(kase, env), target);
      tick();
      return judged;
    });
    return { records: [...relayed, ...scripted.flat()], missing: setup.missing, region: setup.region };
  } finally {
    agent.destroy();
    await relay.close();
    await mock.close();
  }
}

/** After this many calls in a row that hang, the remaining mock calls are not run (each would wait its bound). */
const MAX_HANGS_IN_A_ROW = 3;

async function runSerially(cases: readonly SdkCase[], env: CallEnv, target: string, tick: () => void): Promise<SdkCaseResult[]> {
  const out: SdkCaseResult[] = [];
  let hangs = 0;
  for (const [i, kase] of cases.entries()) {
    const run = await runRelayed(kase, env);
    out.push(...judgeCase(run, target));
    tick();
    hangs = run.outcome.kind === 'hung' ? hangs + 1 : 0;
    if (hangs >= MAX_HANGS_IN_A_ROW && i + 1 < cases.length) {
      out.push(notRun(cases.length - i - 1, target));
      break;
    }
  }
  return out;
}

function notRun(count: number, target: string): SdkCaseResult {
  const fault = `${count} call(s) to the mock not run: the SDK hung on ${MAX_HANGS_IN_A_ROW} calls in a row`;
  return { id: 'sdk.gate#not-run', title: 'remaining calls', operation: 'sdk.gate', product: 'sdk', action: 'gate', check: 'sdk_robustness', style: 'all',
    safety: 'read-only', docs: ['node-sdk'], findings: [], observed: [], exchanges: [], latenciesMs: [], fault, status: 'errored', message: fault, durationMs: 0, target };
}

/** Model conformance, loaded on demand: it needs the typescript package (a devDependency of tcconform). */
async function compareModels(root: string, ops: readonly Operation[]): Promise<ModelReport> {
  let load: typeof import('../model/model-conformance.ts');
  try {
    load = await import('../model/model-conformance.ts');
  } catch (err) {
    throw new HarnessError(`model conformance needs the typescript package: ${err instanceof Error ? err.message : String(err)}`, { cause: err });
  }
  return load.modelConformance(root, ops);
}
