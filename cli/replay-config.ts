// The RunConfig of `tcconform run --target recording`: target, fixtures, seed, runs and mutations come from the
// recording (any other value would ask for other requests); the CLI's filters may narrow what is re-judged.

import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError } from '../core/errors.ts';
import type { RunConfig } from '../suites/harness/run-config.ts';
import type { Recording } from '../recording/read-recording.ts';

/** Filters the user may still give. */
export interface ReplayFilters {
  readonly regions: readonly string[];
  readonly products: readonly string[];
  readonly actions: readonly string[];
  readonly caseFilter: string;
  readonly timeoutMs: number;
}

/** The config that replays `recording`, narrowed by `filters`. */
export function replayConfig(recording: Recording, filters: ReplayFilters): RunConfig {
  const m = recording.meta;
  const unknown = filters.regions.find((r) => !m.regions.includes(r));
  if (unknown !== undefined) throw new ConfigError(`region ${unknown} is not in the recording ${recording.dir} (it has ${m.regions.join(', ') || 'none'})`);
  return {
    target: { kind: 'recording', baseUrl: '', rateLimitBaseUrl: '', rateLimitTargetDedicated: true, timeoutMs: filters.timeoutMs, recording: recording.dir, recordedWithToken: m.temporaryCredentials === true, recordedScheduled: m.scheduled === true },
    fixtures: m.fixtures, fixturesSource: `${m.fixturesSource} (recorded ${m.startedAt})`,
    // pace as the recorded run had it (nothing is sent; cases that size themselves by it ask the same requests)
    allowMutations: m.allowMutations, pace: m.target.kind !== 'mock', seed: m.seed, runs: m.runs,
    products: filters.products.length > 0 ? filters.products : m.products,
    actions: filters.actions.length > 0 ? filters.actions : m.actions,
    caseFilter: filters.caseFilter || m.caseFilter, replayPath: '',
    regions: filters.regions.length > 0 ? filters.regions : m.regions,
    ledgerPath: join(tmpdir(), `tcconform-replay-ledger-${process.pid}.jsonl`),
  };
}
