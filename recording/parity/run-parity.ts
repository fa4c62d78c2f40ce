// Parity: replays a recording against the embedded mock seeded with the recording's world and compares each
// answer with the recorded one. Calls of a rate-limit case are compared as a multiset (which of several identical
// concurrent requests a target throttles is not part of the contract); every other call in order.

import { operationByKey } from '../../generated/operations.ts';
import type { Recording } from '../read-recording.ts';
import type { RecordedCall } from '../recording-format.ts';
import { parityWorld, worldIds } from './parity-world.ts';
import { compareAnswers, type Answer, type MaskContext } from './compare-answers.ts';
import { acceptedReason, type AcceptedDifference } from './accepted-differences.ts';
import { PARITY_SCHEMA_VERSION, summarize, type ParityModel, type ReplayedExchange } from './parity-model.ts';
import { answerOf, replayRecording, responseBody, type Replayed } from './replay-recording.ts';

/** Replays `recording` against fresh embedded mocks and measures how alike they answer. */
export async function runParity(recording: Recording, accepted: readonly AcceptedDifference[], acceptedFrom: string): Promise<ParityModel> {
  const { world, notes } = parityWorld(recording);
  const replayed = await replayRecording(recording, world);
  const mask: MaskContext = { known: worldIds(world), recorded: new Map(), replayed: new Map() };
  const results: ReplayedExchange[] = [];
  const judge = (call: RecordedCall, answer: Answer): void => {
    const op = operationByKey(call.call.operation);
    const d = compareAnswers(op.observer, answerOf(call), answer, mask);
    if (d === undefined) return void results.push({ operation: op.key });
    const diff = { ...d, case: call.case, n: call.n, operation: op.key };
    const reason = acceptedReason(diff, accepted);
    results.push({ operation: op.key, difference: reason === undefined ? diff : { ...diff, accepted: reason } });
  };
  const rateCases = new Map<string, Replayed[]>();
  for (const r of replayed) {
    if (r.rateCase === undefined) judge(r.call, r.answer);
    else rateCases.set(r.rateCase, [...(rateCases.get(r.rateCase) ?? []), r]);
  }
  for (const group of rateCases.values()) matchAsMultiset(group, judge);
  const m = recording.meta;
  return { schemaVersion: PARITY_SCHEMA_VERSION, recording: { dir: recording.dir, target: m.target, recordedAt: m.startedAt, specVersions: m.specVersions },
    generatedAt: new Date().toISOString(), worldNotes: notes, acceptedFrom, ...summarize(results), differences: results.flatMap((r) => (r.difference ? [r.difference] : [])) };
}

/** Pairs recorded and replayed answers with the same outcome first; what is left is compared in order. */
function matchAsMultiset(group: readonly Replayed[], judge: (c: RecordedCall, a: Answer) => void): void {
  const left = group.map((r) => ({ a: r.answer, key: outcomeKey(r.answer) }));
  const unmatched: RecordedCall[] = [];
  for (const { call } of group) {
    const i = left.findIndex((x) => x.key === outcomeKey(answerOf(call)));
    if (i < 0) unmatched.push(call);
    else judge(call, left.splice(i, 1)[0]?.a ?? {});
  }
  unmatched.forEach((call, i) => judge(call, left[i]?.a ?? { failure: 'no answer left to compare' }));
}

function outcomeKey(a: Answer): string {
  const body = responseBody(a) as { Error?: { Code?: unknown } } | undefined;
  return a.body === undefined ? 'none' : body?.Error ? `error ${String(body.Error.Code)}` : 'success';
}
