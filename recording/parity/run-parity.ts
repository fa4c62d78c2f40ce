// Parity: seeds the embedded mock with the recording's world, sends the recorded requests again in the order they
// were sent, and compares each answer with the recorded one. Calls the recording made to the rate-limit target are
// sent to a mock that enforces the limits, on the recorded schedule, and compared as a multiset per case (which of
// several identical concurrent requests a target throttles is not part of the contract).

import { startMock, type MockHandle } from '../../mock/index.ts';
import { createClient } from '../../core/client.ts';
import { operationByKey } from '../../generated/operations.ts';
import type { Exchange, Params } from '../../core/types.ts';
import type { Recording } from '../read-recording.ts';
import type { RecordedCall } from '../recording-format.ts';
import { inTimeOrder } from './first-shares.ts';
import { parityWorld, worldIds } from './parity-world.ts';
import { signRecorded, type ParityKeys } from './sign-recorded.ts';
import { compareAnswers, type Answer, type MaskContext } from './compare-answers.ts';
import { pairGenerated, translate } from './volatile-mask.ts';
import { acceptedReason, type AcceptedDifference } from './accepted-differences.ts';
import { PARITY_SCHEMA_VERSION, summarize, type ParityModel, type ReplayedExchange } from './parity-model.ts';
import type { World } from '../../mock/world/world.ts';

/** Replays `recording` against fresh embedded mocks and measures how alike they answer. */
export async function runParity(recording: Recording, accepted: readonly AcceptedDifference[], acceptedFrom: string): Promise<ParityModel> {
  const { world, notes } = parityWorld(recording);
  const main = await startMock({ world, rateLimits: false });
  const limited = await startMock({ world, rateLimits: true });
  const client = createClient({ connections: 64 });
  const mask: MaskContext = { known: worldIds(world), recorded: new Map(), replayed: new Map() };
  const pairs = new Map<string, string>();
  const keys = keysOf(world);
  const results: ReplayedExchange[] = [];
  const judge = (call: RecordedCall, replayed: Answer, against: RecordedCall = call): void => {
    const op = operationByKey(call.call.operation);
    const d = compareAnswers(op.observer, answerOf(against), replayed, mask);
    if (d === undefined) return void results.push({ operation: op.key });
    const diff = { ...d, case: call.case, n: call.n, operation: op.key };
    const reason = acceptedReason(diff, accepted);
    results.push({ operation: op.key, difference: reason === undefined ? diff : { ...diff, accepted: reason } });
  };
  const send = async (mock: MockHandle, call: RecordedCall): Promise<Answer> => {
    const wire = signRecorded(call, translate(call.call.params, pairs) as Params, keys, Math.floor(Date.now() / 1000));
    if (!wire.ok) return { failure: `cannot sign: ${wire.error}` };
    return answerFrom(await client.send(mock.url, wire.value, { timeoutMs: 10_000 }));
  };
  try {
    const all = inTimeOrder(recording);
    const rateCases = new Map<string, RecordedCall[]>();
    for (const call of all) {
      if (call.call.rateLimited) {
        rateCases.set(call.case, [...(rateCases.get(call.case) ?? []), call]);
        continue;
      }
      const replayed = await send(main, call);
      judge(call, replayed);
      pairGenerated(bodyOf(answerOf(call)), bodyOf(replayed), mask.known, pairs);
    }
    await Promise.all([...rateCases.values()].map(async (calls) => {
      const answers = await onSchedule(calls, (c) => send(limited, c));
      matchAsMultiset(calls, answers, judge);
    }));
  } finally {
    await client.close();
    await Promise.all([main.close(), limited.close()]);
  }
  const m = recording.meta;
  return { schemaVersion: PARITY_SCHEMA_VERSION, recording: { dir: recording.dir, target: m.target, recordedAt: m.startedAt, specVersions: m.specVersions },
    generatedAt: new Date().toISOString(), worldNotes: notes, acceptedFrom, ...summarize(results), differences: results.flatMap((r) => (r.difference ? [r.difference] : [])) };
}

/** Sends each call at its recorded offset from the first one (concurrently, like the recorded burst). */
async function onSchedule(calls: readonly RecordedCall[], send: (c: RecordedCall) => Promise<Answer>): Promise<Answer[]> {
  const t0 = Date.parse(calls[0]?.timings.startedAt ?? '');
  const start = Date.now();
  return Promise.all(calls.map(async (c) => {
    const wait = Date.parse(c.timings.startedAt) - t0 - (Date.now() - start);
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    return send(c);
  }));
}

/** Pairs recorded and replayed answers with the same outcome first; what is left is compared in order. */
function matchAsMultiset(calls: readonly RecordedCall[], answers: readonly Answer[], judge: (c: RecordedCall, a: Answer, against?: RecordedCall) => void): void {
  const left = answers.map((a) => ({ a, key: outcomeKey(a) }));
  const unmatched: RecordedCall[] = [];
  for (const call of calls) {
    const i = left.findIndex((x) => x.key === outcomeKey(answerOf(call)));
    if (i < 0) unmatched.push(call);
    else judge(call, left.splice(i, 1)[0]?.a ?? {});
  }
  unmatched.forEach((call, i) => judge(call, left[i]?.a ?? { failure: 'no answer left to compare' }));
}

function outcomeKey(a: Answer): string {
  const body = bodyOf(a) as { Error?: { Code?: unknown } } | undefined;
  return a.body === undefined ? 'none' : body?.Error ? `error ${String(body.Error.Code)}` : 'success';
}

function answerOf(call: RecordedCall): Answer {
  return call.response ? { body: call.response.body } : { failure: call.failure ? `${call.failure.code}: ${call.failure.message}` : 'no answer' };
}

function answerFrom(ex: Exchange): Answer {
  return ex.response ? { body: ex.response.body } : { failure: ex.failure ? `${ex.failure.code}: ${ex.failure.message}` : 'no answer' };
}

function bodyOf(a: Answer): unknown {
  try {
    return a.body === undefined ? undefined : (JSON.parse(a.body) as { Response?: unknown }).Response;
  } catch {
    return undefined;
  }
}

function keysOf(world: World): ParityKeys {
  const caller = world.accounts.find((a) => a.id === world.callerId);
  const permanent = caller?.credentials.find((c) => c.token === undefined);
  const temporary = caller?.credentials.find((c) => c.token !== undefined && c.productRejectsToken !== true);
  if (permanent === undefined) throw new Error(`parity world caller ${world.callerId} has no permanent key`);
  return { permanent, ...(temporary ? { temporary } : {}) };
}
