// Test helper: a recording whose answers come from the embedded mock with `faults` injected (the recorded requests
// sent again, in the recorded order, to a deviating mock): a recording made against a deviating mock.

import type { FaultPlan } from '../../mock/index.ts';
import type { Recording } from '../read-recording.ts';
import type { RecordedCall } from '../recording-format.ts';
import { parityWorld } from '../parity/parity-world.ts';
import { replayRecording } from '../parity/replay-recording.ts';

/** `recording` narrowed to the cases `keep` accepts. */
export function narrowed(recording: Recording, keep: (caseId: string) => boolean): Recording {
  const cases = new Map([...recording.cases].map(([region, byCase]) => [region, new Map([...byCase].filter(([id]) => keep(id)))]));
  return { ...recording, cases };
}

/** `recording` with every answer replaced by what a mock with `faults` answers. */
export async function answeredBy(recording: Recording, faults: FaultPlan): Promise<Recording> {
  const replayed = await replayRecording(recording, parityWorld(recording).world, faults);
  const answers = new Map(replayed.map((r) => [r.call, r.answer]));
  const rewrite = (call: RecordedCall): RecordedCall => {
    const a = answers.get(call);
    const { response: _r, failure: _f, ...rest } = call;
    return a?.body !== undefined ? { ...rest, response: { status: 200, headers: {}, body: a.body } } : { ...rest, failure: { code: 'NoAnswer', message: a?.failure ?? 'no answer' } };
  };
  const cases = new Map([...recording.cases].map(([region, byCase]) => [region, new Map([...byCase].map(([id, calls]) => [id, calls.map(rewrite)]))]));
  return { ...recording, cases };
}
