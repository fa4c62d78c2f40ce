// The recording side of `--record DIR`: wraps the target client one case uses, numbers its calls in the order
// the case makes them, and writes them, masked if asked, to DIR/cases/<region>/<case>.jsonl when the case ends.

import { appendFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { TargetClient } from './target-client.ts';
import type { Fixtures } from '../../core/fixtures.ts';
import type { RecordedCall, RecordSettings } from '../../recording/recording-format.ts';
import { recordedCall } from './recorded-call.ts';
import { accountMask, type AccountMask } from '../../recording/account-mask.ts';
import { caseFile } from '../../recording/case-file.ts';

/** A case's client that records, and the write at the case's end. */
export interface RecordingClient {
  readonly client: TargetClient;
  /** Writes the case's calls (in call order); nothing when it made none. */
  readonly finish: () => void;
}

const masks = new Map<string, AccountMask>();

/** Wraps `inner` for case `caseId` of a run in `region`. */
export function recordingClient(inner: TargetClient, caseId: string, settings: RecordSettings, fixtures: Fixtures, region: string): RecordingClient {
  const lines: { n: number; call: RecordedCall }[] = [];
  let next = 0;
  const mask = settings.mask === 'accounts' ? maskFor(settings.salt, fixtures) : undefined;
  const client: TargetClient = {
    credentials: inner.credentials,
    close: () => inner.close(),
    call: async (req) => {
      const n = next++;
      const sent = await inner.call(req);
      lines.push({ n, call: recordedCall(caseId, n, req, sent, inner.credentials) });
      return sent;
    },
  };
  const finish = (): void => {
    if (lines.length === 0) return;
    lines.sort((a, b) => a.n - b.n);
    for (const { call } of lines) if (call.response) mask?.learn(call.response.body);
    const text = lines.map(({ call }) => JSON.stringify(call)).join('\n') + '\n';
    const file = caseFile(settings.dir, region, caseId);
    mkdirSync(dirname(file), { recursive: true });
    appendFileSync(file, mask ? mask.apply(text) : text);
    lines.length = 0;
  };
  return { client, finish };
}

function maskFor(salt: string, fixtures: Fixtures): AccountMask {
  let mask = masks.get(salt);
  if (mask === undefined) {
    mask = accountMask(salt, fixtures);
    masks.set(salt, mask);
  }
  return mask;
}
