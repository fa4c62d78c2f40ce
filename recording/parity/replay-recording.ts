// Sends a recording's requests again to two embedded mocks seeded with one world, in the order they were sent:
// calls to the rate-limit target go to the mock that enforces the limits, on their recorded schedule (a burst
// again at once); every other call goes, one after another, to the mock without limits. IDs a target generated
// are translated: once an answer pairs a recorded generated ID with the mock's, later requests name the mock's.

import { startMock, type FaultPlan, type MockHandle, type World } from '../../mock/index.ts';
import { createClient } from '../../core/client.ts';
import type { Exchange, Params } from '../../core/types.ts';
import type { Recording } from '../read-recording.ts';
import type { RecordedCall } from '../recording-format.ts';
import { inTimeOrder } from './first-shares.ts';
import { signRecorded, type ParityKeys } from './sign-recorded.ts';
import type { Answer } from './compare-answers.ts';
import { pairGenerated, translate } from './volatile-mask.ts';
import { worldIds } from './parity-world.ts';

/** One recorded call and what the mock answered; `rateCase` groups the calls of one rate-limit case. */
export interface Replayed {
  readonly call: RecordedCall;
  readonly answer: Answer;
  readonly rateCase?: string;
}

/** Replays `recording` against mocks seeded with `world` (with `faults` injected, for tests of parity itself). */
export async function replayRecording(recording: Recording, world: World, faults?: FaultPlan): Promise<Replayed[]> {
  const main = await startMock({ world, rateLimits: false });
  const limited = await startMock({ world, rateLimits: true });
  if (faults !== undefined) for (const m of [main, limited]) m.admin.setFaults(faults);
  const client = createClient({ connections: 64 });
  const known = worldIds(world);
  const pairs = new Map<string, string>();
  const keys = keysOf(world, recording.meta.temporaryCredentials === true);
  const send = async (mock: MockHandle, call: RecordedCall): Promise<Answer> => {
    const wire = signRecorded(call, translate(call.call.params, pairs) as Params, keys, Math.floor(Date.now() / 1000));
    if (!wire.ok) return { failure: `cannot sign: ${wire.error}` };
    return answerFrom(await client.send(mock.url, wire.value, { timeoutMs: 10_000 }));
  };
  const out: Replayed[] = [];
  try {
    const rateCases = new Map<string, RecordedCall[]>();
    for (const call of inTimeOrder(recording)) {
      if (call.call.rateLimited) {
        rateCases.set(call.case, [...(rateCases.get(call.case) ?? []), call]);
        continue;
      }
      const answer = await send(main, call);
      out.push({ call, answer });
      pairGenerated(responseBody(answerOf(call)), responseBody(answer), known, pairs);
    }
    const rate = await Promise.all([...rateCases.entries()].map(async ([id, calls]) => {
      const answers = await onSchedule(calls, (c) => send(limited, c));
      return calls.map((call, i) => ({ call, answer: answers[i] ?? {}, rateCase: id }));
    }));
    out.push(...rate.flat());
  } finally {
    await client.close();
    await Promise.all([main.close(), limited.close()]);
  }
  return out;
}

/** Calls recorded closer together than this were issued together (a burst). */
const BURST_GAP_MS = 25;

/** Sends each call after the recorded gap since the previous one was sent (a burst again at once). Gaps, not
 * offsets: after a stall of this machine the calls are not sent all at once to catch up, which a target would
 * rightly throttle. */
async function onSchedule(calls: readonly RecordedCall[], send: (c: RecordedCall) => Promise<Answer>): Promise<Answer[]> {
  const pending: Promise<Answer>[] = [];
  let previous = Date.parse(calls[0]?.timings.startedAt ?? '');
  for (const c of calls) {
    const at = Date.parse(c.timings.startedAt);
    // Gaps of a few milliseconds are one burst sent at once: waiting them out, timer by timer, would stretch it.
    if (at - previous >= BURST_GAP_MS) await new Promise((r) => setTimeout(r, at - previous));
    previous = at;
    pending.push(send(c));
  }
  return Promise.all(pending);
}

/** The recorded answer of a call. */
export function answerOf(call: RecordedCall): Answer {
  return call.response ? { body: call.response.body } : { failure: call.failure ? `${call.failure.code}: ${call.failure.message}` : 'no answer' };
}

function answerFrom(ex: Exchange): Answer {
  return ex.response ? { body: ex.response.body } : { failure: ex.failure ? `${ex.failure.code}: ${ex.failure.message}` : 'no answer' };
}

/** The Response object of an answer, when it has one. */
export function responseBody(a: Answer): unknown {
  try {
    return a.body === undefined ? undefined : (JSON.parse(a.body) as { Response?: unknown }).Response;
  } catch {
    return undefined;
  }
}

function keysOf(world: World, runWasTemporary: boolean): ParityKeys {
  const caller = world.accounts.find((a) => a.id === world.callerId);
  const permanent = caller?.credentials.find((c) => c.token === undefined);
  const temporary = caller?.credentials.find((c) => c.token !== undefined && c.productRejectsToken !== true);
  if (permanent === undefined) throw new Error(`parity world caller ${world.callerId} has no permanent key`);
  return { permanent, ...(temporary ? { temporary } : {}), runWasTemporary };
}
