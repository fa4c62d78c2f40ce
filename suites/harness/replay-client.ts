// The target of `tcconform run --target recording`: each case's n-th call gets the answer recorded for that
// case's n-th call, after checking the case asks for the same request (a case that asks for another one, or for
// more calls than were recorded, gets no answer: a target fault with the precise reason, so the case is errored).
// No network, no credentials. Calls the recording made to the rate-limit target are answered after their recorded
// duration, so a burst that took longer than a second then takes longer now too.

import { existsSync, readFileSync } from 'node:fs';
import type { Credentials, Envelope, Exchange } from '../../core/types.ts';
import { parseEnvelope } from '../../core/parse-envelope.ts';
import type { CallRequest, Sent, TargetClient } from './target-client.ts';
import type { RecordedCall } from '../../recording/recording-format.ts';
import { callRequestOf } from './recorded-call.ts';
import { caseFile } from '../../recording/case-file.ts';
import { firstDifference } from '../../recording/first-difference.ts';

/** The credentials a replayed run hands its cases: placeholders, never sent anywhere; with a placeholder token when
 * the recorded run used temporary credentials (so the cases ask for the same requests). */
export function replayCredentials(withToken: boolean): Credentials {
  return { secretId: 'AKIDtcconformReplayNoSecret000000000', secretKey: 'tcconform-replay-holds-no-secret', ...(withToken ? { token: 'tcconform-replay-token' } : {}) };
}

/** The client of case `caseId` replaying recording `dir` in `region`. */
export function replayClient(dir: string, caseId: string, region: string, credentials: Credentials): TargetClient {
  const file = caseFile(dir, region, caseId);
  const calls: RecordedCall[] = existsSync(file) ? readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as RecordedCall) : [];
  let next = 0;
  let diverged: string | undefined;
  return {
    credentials,
    close: async () => {},
    call: async (req) => {
      const n = next++;
      const reg = req.region === undefined ? (region === '' ? null : region) : req.region;
      const recorded = calls[n];
      diverged ??= recorded === undefined ? `the recording holds ${calls.length} call(s) of case ${caseId}; call ${n + 1} (${req.operation.key}) is not in it`
        : mismatch(req, reg, recorded, n, credentials);
      if (diverged !== undefined || recorded === undefined) return unanswered(req, reg, diverged ?? '');
      if (recorded.call.rateLimited && recorded.call.unpaced) await new Promise((r) => setTimeout(r, recorded.timings.totalMs));
      return answered(recorded, reg);
    },
  };
}

function mismatch(req: CallRequest, region: string | null, recorded: RecordedCall, n: number, run: Credentials): string | undefined {
  const now = callRequestOf(req, region, run);
  const { timestampOffsetS: _ignored, ...then } = recorded.call;
  const diff = firstDifference(then, now, 'request');
  return diff === undefined ? undefined : `call ${n + 1} of case ${recorded.case} differs from the recording: ${diff}`;
}

function answered(recorded: RecordedCall, region: string | null): Sent {
  const exchange: Exchange = {
    url: recorded.url, request: recorded.request, timings: recorded.timings,
    ...(recorded.response ? { response: recorded.response } : {}),
    ...(recorded.failure ? { failure: recorded.failure } : {}),
  };
  const envelope: Envelope = recorded.response ? parseEnvelope(recorded.response.body) : { kind: 'neither', problem: 'no response' };
  return { exchange, envelope, region, retries: recorded.retries };
}

function unanswered(req: CallRequest, region: string | null, why: string): Sent {
  const exchange: Exchange = {
    url: 'recording:', request: { method: 'POST', path: '/', headers: {}, body: JSON.stringify(req.params) ?? '' },
    failure: { code: 'ReplayMismatch', message: why }, timings: { startedAt: new Date().toISOString(), totalMs: 0 },
  };
  return { exchange, envelope: { kind: 'neither', problem: 'no response' }, region, retries: [] };
}
