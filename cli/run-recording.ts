// The run command's recording glue: `--record DIR` (start and finish the recording around the run) and
// `--target recording --recording DIR` (read and check the recording, build the replaying config, say in the
// report where it came from and whether its spec versions differ from today's).

import { randomBytes } from 'node:crypto';
import type { Io } from './io.ts';
import type { RunOptions } from './run-options.ts';
import { ConfigError } from '../core/errors.ts';
import type { RunConfig } from '../suites/harness/run-config.ts';
import type { RecordingRef } from '../reports/results-model.ts';
import { readRecording, type Recording } from '../recording/read-recording.ts';
import { replayConfig } from './replay-config.ts';
import { finishRecording, recordingMeta, startRecording, type RecordingRun } from '../recording/recording-meta.ts';

/** The config of a replayed recording, and the report's reference to it. */
export function replayRun(opts: RunOptions, specVersions: Readonly<Record<string, string>>): { config: RunConfig; ref: RecordingRef } {
  const read = readRecording(opts.recording);
  if (!read.ok) throw new ConfigError(read.error);
  const config = replayConfig(read.value, { regions: opts.regions, products: opts.products, actions: opts.actions, caseFilter: opts.caseFilter, timeoutMs: opts.timeoutMs });
  return { config, ref: recordingRef(read.value, specVersions) };
}

/** Where a replayed recording came from; `specsDiffer` names the spec entries that changed since it was made. */
export function recordingRef(recording: Recording, specVersions: Readonly<Record<string, string>>): RecordingRef {
  const m = recording.meta;
  const keys = [...new Set([...Object.keys(m.specVersions), ...Object.keys(specVersions)])].sort();
  return { dir: recording.dir, recordedAt: m.startedAt, target: m.target, specVersions: m.specVersions, specsDiffer: keys.filter((k) => m.specVersions[k] !== specVersions[k]) };
}

/** `config` with the recording settings of `--record`, when given. */
export function withRecord(opts: RunOptions, config: RunConfig): RunConfig {
  return opts.record === '' ? config : { ...config, record: { dir: opts.record, mask: opts.recordMask, salt: randomBytes(16).toString('hex') } };
}

/** Writes the recording's metadata before the run. */
export function beginRecording(config: RunConfig, run: RecordingRun): void {
  if (config.record !== undefined) startRecording(config.record.dir, recordingMeta(config, run));
}

/** Completes the recording after the run and says where it is. */
export function endRecording(config: RunConfig, io: Io): void {
  if (config.record === undefined) return;
  const calls = finishRecording(config.record.dir);
  io.err(`tcconform run: recorded ${calls} call(s) in ${config.record.dir}${config.record.mask === 'accounts' ? ' (account IDs masked)' : ''}`);
}

/** One line for the terminal when a recording is re-judged with other specs than it was made with. */
export function specNote(ref: RecordingRef | undefined, io: Io): void {
  if (ref !== undefined && ref.specsDiffer.length > 0) io.err(`tcconform run: the recording was made with other spec versions (${ref.specsDiffer.join(', ')}); re-judged with today's`);
}
