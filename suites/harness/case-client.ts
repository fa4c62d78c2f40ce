// The client one case talks through: the file's target client, wrapped to record every call when the run records
// (`--record DIR`), or the recording's answers when the target is a recording. Every call of the case goes through
// it (its own sends, direct calls, read-backs and undo), so a recording holds the case's whole sequence.

import type { TargetClient } from './target-client.ts';
import type { RunConfig } from './run-config.ts';
import { recordingClient } from './recording-client.ts';
import { replayClient } from './replay-client.ts';
import { caseRegion } from './default-region.ts';

/** The case's client, and what to do when the case ends (write its calls). */
export function caseClient(config: RunConfig, fileClient: TargetClient, caseId: string): { client: TargetClient; finish: () => void } {
  const region = caseRegion(config) ?? '';
  if (config.target.kind === 'recording') return { client: replayClient(config.target.recording ?? '', caseId, region, fileClient.credentials), finish: () => {} };
  if (config.record !== undefined) return recordingClient(fileClient, caseId, config.record, config.fixtures, region);
  return { client: fileClient, finish: () => {} };
}
