// The recording's metadata file: written when a recorded run starts (any earlier recording in the directory is
// replaced), completed with the number of calls when it ends, so a reader can tell a truncated recording.

import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { RECORDING_FORMAT_VERSION, RECORDING_META_FILE, type RecordingMeta, type RecordSettings } from './recording-format.ts';
import { accountMask } from './account-mask.ts';

/** What of a run's config the metadata records (the harness's RunConfig has these fields). */
export interface RecordedConfig extends Pick<RecordingMeta, 'fixtures' | 'fixturesSource' | 'seed' | 'runs' | 'regions' | 'allowMutations' | 'products' | 'actions' | 'caseFilter'> {
  readonly target: { readonly rateLimitTargetDedicated?: boolean };
  readonly record?: RecordSettings;
}

/** What the CLI knows about the run besides its config. */
export interface RecordingRun {
  readonly target: RecordingMeta['target'];
  /** The run signs with temporary credentials (a session token). */
  readonly temporaryCredentials?: boolean;
  /** The run's cases went through the concurrent scheduler (which changes what some cases read back). */
  readonly scheduled?: boolean;
  readonly specVersions: Readonly<Record<string, string>>;
  readonly toolVersion: string;
}

/** The metadata of a recording of `config` (fixtures without credentials, masked like the calls). */
export function recordingMeta(config: RecordedConfig, run: RecordingRun): RecordingMeta {
  const { credentials: _never, ...fixtures } = config.fixtures;
  const settings = config.record;
  const masked = settings?.mask === 'accounts' ? JSON.parse(accountMask(settings.salt, config.fixtures).apply(JSON.stringify(fixtures))) as RecordingMeta['fixtures'] : fixtures;
  return {
    format: 'tcconform-recording', version: RECORDING_FORMAT_VERSION, target: run.target, startedAt: new Date().toISOString(),
    specVersions: run.specVersions, toolVersion: run.toolVersion, fixtures: masked, fixturesSource: config.fixturesSource,
    seed: config.seed, runs: config.runs, regions: config.regions, allowMutations: config.allowMutations, products: config.products,
    actions: config.actions, caseFilter: config.caseFilter, mask: settings?.mask ?? 'none', ...(run.temporaryCredentials ? { temporaryCredentials: true } : {}), ...(run.scheduled ? { scheduled: true } : {}), rateLimitTargetDedicated: config.target.rateLimitTargetDedicated ?? false,
  };
}

/** Completes the metadata with the fixtures and regions a run actually used (the embedded mock's are known only
 * once it is started); several region runs add their region. */
export function noteRunFixtures(config: RecordedConfig): void {
  const settings = config.record;
  if (settings === undefined) return;
  const meta = JSON.parse(readFileSync(join(settings.dir, RECORDING_META_FILE), 'utf8')) as RecordingMeta;
  const fresh = recordingMeta(config, meta);
  const regions = [...new Set([...meta.regions, ...config.regions])];
  writeMeta(settings.dir, { ...meta, fixtures: Object.keys(meta.fixtures.regions).length > 0 ? meta.fixtures : fresh.fixtures, regions, allowMutations: config.allowMutations, rateLimitTargetDedicated: fresh.rateLimitTargetDedicated });
}

/** Starts a recording in `dir`: removes an earlier one's case files and writes the metadata. */
export function startRecording(dir: string, meta: RecordingMeta): void {
  mkdirSync(dir, { recursive: true });
  rmSync(join(dir, 'cases'), { recursive: true, force: true });
  writeMeta(dir, meta);
}

/** Ends the recording in `dir`: records when, and how many calls the case files hold. */
export function finishRecording(dir: string): number {
  const meta = JSON.parse(readFileSync(join(dir, RECORDING_META_FILE), 'utf8')) as RecordingMeta;
  const calls = countLines(join(dir, 'cases'));
  writeMeta(dir, { ...meta, finishedAt: new Date().toISOString(), calls });
  return calls;
}

function writeMeta(dir: string, meta: RecordingMeta): void {
  writeFileSync(join(dir, RECORDING_META_FILE), `${JSON.stringify(meta, null, 2)}\n`, { mode: 0o644 });
}

function countLines(dir: string): number {
  let n = 0;
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return 0;
  }
  for (const entry of entries) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) n += countLines(path);
    else if (entry.endsWith('.jsonl')) n += readFileSync(path, 'utf8').split('\n').filter(Boolean).length;
  }
  return n;
}
