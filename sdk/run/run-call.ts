// Runs one case: through the relay to the mock (state reset and faults set first), or against its own scripted
// server. Returns what the SDK did and what crossed the wire; judging is done elsewhere (judge-case.ts).

import type { Agent } from 'node:http';
import type { WireRequest, WireResponse } from '../../core/types.ts';
import type { MockHandle } from '../../mock/index.ts';
import { callSdk, type SdkOutcome } from '../calls/call-sdk.ts';
import { makeClient } from '../calls/make-client.ts';
import type { SdkCase } from '../cases/sdk-case.ts';
import type { LoadedSdk } from '../load/load-sdk.ts';
import type { RelayServer } from '../server/relay-server.ts';
import { startScripted } from '../server/scripted-server.ts';

/** What running a case needs. */
export interface CallEnv {
  readonly sdk: LoadedSdk;
  readonly agent: Agent;
  readonly mock: MockHandle;
  readonly relay: RelayServer;
  /** reqTimeout of calls to the mock and of scripted error envelopes, seconds. */
  readonly reqTimeout: number;
  /** reqTimeout of robustness calls, seconds (short: their slow answers wait it out). */
  readonly robustnessTimeout: number;
  /** How long past reqTimeout the harness waits before it calls the SDK hung, ms. */
  readonly hangGraceMs: number;
}

/** One case, run. */
export interface CaseRun {
  readonly kase: SdkCase;
  readonly outcome: SdkOutcome;
  readonly captured: readonly WireRequest[];
  readonly response?: WireResponse;
  /** Set when the server gave no answer (relay upstream failure, or a scripted drop). */
  readonly failure?: string;
  readonly reqTimeoutMs: number;
  /** Unix seconds when the call was made. */
  readonly now: number;
}

/** Runs a case through the relay to the mock (serially: the mock's state is shared). */
export async function runRelayed(kase: SdkCase, env: CallEnv): Promise<CaseRun> {
  env.mock.admin.reset();
  if (kase.faults !== undefined) {
    const set = env.mock.admin.setFaults(kase.faults);
    if (!set.ok) throw new Error(`the mock refused the fault plan of ${kase.id}: ${set.error.join('; ')}`);
  }
  const before = env.relay.records.length;
  const now = Math.floor(Date.now() / 1000);
  const outcome = await invoke(kase, env, env.relay.port, env.reqTimeout);
  const records = env.relay.records.slice(before);
  const last = records.at(-1);
  return { kase, outcome, captured: records.map((r) => r.request), ...(last?.response ? { response: last.response } : {}),
    ...(last?.failure ? { failure: last.failure } : {}), reqTimeoutMs: env.reqTimeout * 1000, now };
}

/** Runs a case against its own scripted server (robustness, scripted error envelopes); safe to run side by side. */
export async function runScripted(kase: SdkCase, env: CallEnv): Promise<CaseRun> {
  const answer = kase.answer;
  if (answer === undefined) throw new Error(`${kase.id} has no scripted answer`);
  const server = await startScripted(answer);
  const timeout = kase.kind === 'robustness' ? env.robustnessTimeout : env.reqTimeout;
  const now = Math.floor(Date.now() / 1000);
  try {
    const outcome = await invoke(kase, env, server.port, timeout);
    const response: WireResponse = { status: answer.status, headers: answer.headers, body: answer.body };
    return { kase, outcome, captured: [...server.requests], ...(answer.drop ? { failure: 'dropped' } : { response }), reqTimeoutMs: timeout * 1000, now };
  } finally {
    await server.close();
  }
}

function invoke(kase: SdkCase, env: CallEnv, port: number, reqTimeout: number): Promise<SdkOutcome> {
  const Client = env.sdk.clients[kase.operation.product];
  return callSdk(() => {
    if (Client === undefined) throw new Error(`the SDK has no ${kase.operation.product} client`);
    const client = makeClient(Client, { style: kase.style, host: kase.host, port, region: kase.region, credentials: kase.credentials, agent: env.agent, reqTimeout });
    const method = client[kase.operation.action];
    if (typeof method !== 'function') throw new Error(`the ${kase.operation.product} client has no method ${kase.operation.action}`);
    return (method as (req: unknown) => Promise<unknown>).call(client, structuredClone(kase.params));
  }, reqTimeout * 1000 + env.hangGraceMs, env.sdk.httpException);
}
