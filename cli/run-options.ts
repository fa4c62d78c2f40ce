// Turns run flags into validated options; every problem is one precise line (exit 2).

import { resolve } from 'node:path';
import type { Result } from '../core/types.ts';
import { operations } from '../generated/operations.ts';
import { parseFlags, type FlagSpec } from '../core/parse-flags.ts';
import { defaultLedgerPath } from './default-ledger-path.ts';
import { driftFlagSpec, driftFlags, type DriftFlags } from './drift-flags.ts';
import type { RecordMask } from '../recording/recording-format.ts';

/** The run command's options after validation. */
export interface RunOptions {
  readonly help: boolean;
  readonly target: 'mock' | 'live' | 'endpoint' | 'recording';
  /** --recording DIR: the recording a `recording` target replays ('' otherwise). */
  readonly recording: string;
  /** --record DIR: where to record every call of the run ('' when not recording). */
  readonly record: string;
  readonly recordMask: RecordMask;
  readonly endpoint: string;
  readonly fixtures: string;
  readonly regions: string[];
  readonly allowMutations: boolean;
  readonly ledger: string;
  readonly timeoutMs: number;
  readonly products: string[];
  readonly actions: string[];
  readonly caseFilter: string;
  readonly seed: number | undefined;
  readonly runs: number;
  readonly replay: string;
  readonly out: string;
  readonly progress: boolean;
  /** vitest shard `i/n`: this machine runs the i-th of n slices of the cases (merge with tcconform report). */
  readonly shard: string;
  /** --baseline, --fail-on drift, --p95-regression. */
  readonly drift: DriftFlags;
  /** The fraction of each documented rate limit a paced run may use (0 < F <= 1). */
  readonly rateShare: number;
  /** The site the embedded mock plays (default china); live and endpoint runs take the fixtures' site. */
  readonly site: 'china' | 'intl';
}

const spec: FlagSpec = {
  target: { type: 'string' }, endpoint: { type: 'string' }, fixtures: { type: 'string' }, region: { type: 'string' },
  'allow-mutations': { type: 'boolean' }, ledger: { type: 'string' }, timeout: { type: 'string' },
  product: { type: 'string' }, action: { type: 'string' }, case: { type: 'string' }, seed: { type: 'string' },
  runs: { type: 'string' }, replay: { type: 'string' }, out: { type: 'string' }, 'no-progress': { type: 'boolean' }, shard: { type: 'string' }, 'rate-share': { type: 'string' }, site: { type: 'string' },
  recording: { type: 'string' }, record: { type: 'string' }, 'record-mask': { type: 'string' },
  help: { type: 'boolean', short: 'h' }, ...driftFlagSpec,
};

/** Parses and validates; `cwd` resolves relative paths. */
export function runOptions(argv: readonly string[], cwd: string): Result<RunOptions, string> {
  const parsed = parseFlags('run', argv, spec);
  if (!parsed.ok) return parsed;
  const v = parsed.value.values;
  const str = (k: string): string => (typeof v[k] === 'string' ? (v[k] as string) : '');
  const fail = (m: string): Result<RunOptions, string> => ({ ok: false, error: `tcconform run: ${m}` });
  if (parsed.value.positionals.length > 0) return fail(`unexpected argument '${parsed.value.positionals[0]}' (see tcconform run --help)`);
  const targetFlag = str('target') || (str('recording') === '' ? 'mock' : 'recording');
  if (targetFlag !== 'mock' && targetFlag !== 'live' && targetFlag !== 'recording') return fail(`--target must be mock, live or recording, not '${targetFlag}'`);
  const replay = recordingFlags(str, targetFlag);
  if (replay !== undefined) return fail(replay);
  const endpoint = str('endpoint');
  if (endpoint !== '' && targetFlag === 'mock' && str('target') !== '') return fail('--endpoint cannot be combined with --target mock');
  if (endpoint !== '' && !/^https?:\/\/[^\s/]+(\/.*)?$/.test(endpoint)) return fail(`--endpoint must be an http:// or https:// URL, not '${endpoint}'`);
  const target = endpoint !== '' ? 'endpoint' : targetFlag as RunOptions['target'];
  if (target !== 'mock' && target !== 'recording' && str('fixtures') === '') return fail(`--fixtures FILE is required with ${target === 'live' ? '--target live' : '--endpoint'}`);
  const list = (k: string): string[] => str(k).split(',').map((s) => s.trim()).filter(Boolean);
  const products = list('product');
  const knownProducts = [...new Set(operations.map((o) => o.product))];
  const badProduct = products.find((p) => !(knownProducts as string[]).includes(p));
  if (badProduct) return fail(`unknown --product '${badProduct}' (known: ${knownProducts.join(', ')})`);
  const actions = list('action');
  const knownActions = [...new Set(operations.filter((o) => products.length === 0 || products.includes(o.product)).map((o) => o.action))];
  const badAction = actions.find((a) => !knownActions.includes(a));
  if (badAction) return fail(`unknown --action '${badAction}'${products.length ? ` for ${products.join(', ')}` : ''} (known: ${knownActions.join(', ')})`);
  const seed = str('seed') === '' ? undefined : int(str('seed'), -(2 ** 31), 2 ** 31 - 1);
  if (seed === null) return fail(`--seed must be an integer, not '${str('seed')}'`);
  const runs = str('runs') === '' ? 100 : int(str('runs'), 1, 1_000_000);
  if (runs === null) return fail(`--runs must be an integer from 1 to 1000000, not '${str('runs')}'`);
  const timeoutMs = str('timeout') === '' ? 10_000 : int(str('timeout'), 100, 600_000);
  if (timeoutMs === null) return fail(`--timeout must be milliseconds from 100 to 600000, not '${str('timeout')}'`);
  if (str('replay') !== '' && str('case') === '') return fail('--replay needs --case naming the property case it replays');
  const shard = str('shard');
  const sm = /^(\d+)\/(\d+)$/.exec(shard);
  if (shard !== '' && (sm === null || Number(sm[1]) < 1 || Number(sm[1]) > Number(sm[2]))) return fail(`--shard must be i/n with 1 <= i <= n, not '${shard}'`);
  const rateShareText = typeof v['rate-share'] === 'string' ? (v['rate-share'] as string) : '0.9';
  const rateShare = Number(rateShareText);
  if (!/^(\d+(\.\d*)?|\.\d+)$/.test(rateShareText) || !(rateShare > 0 && rateShare <= 1)) return fail(`--rate-share must be a fraction F with 0 < F <= 1, not '${rateShareText}'`);
  const site = str('site') || 'china';
  if (site !== 'china' && site !== 'intl') return fail(`--site must be china or intl, not '${site}'`);
  if (str('site') !== '' && target !== 'mock') return fail('--site chooses the site the embedded mock plays; live and --endpoint runs take the site from the fixtures file');
  const drift = driftFlags(v, cwd, 'run');
  if (!drift.ok) return drift;
  return { ok: true, value: {
    help: v['help'] === true, target, endpoint, fixtures: str('fixtures') && resolve(cwd, str('fixtures')), regions: list('region'),
    allowMutations: v['allow-mutations'] === true, ledger: str('ledger') === '' ? defaultLedgerPath(cwd, target, endpoint) : resolve(cwd, str('ledger')), timeoutMs,
    products, actions, caseFilter: str('case'), seed, runs, replay: str('replay'), out: resolve(cwd, str('out') || 'tcconform-report'),
    progress: v['no-progress'] !== true, shard, drift: drift.value, site,
    recording: str('recording') && resolve(cwd, str('recording')), record: str('record') && resolve(cwd, str('record')),
    recordMask: str('record-mask') === 'accounts' ? 'accounts' : 'none', rateShare,
  } };
}

/** Why the recording flags do not fit together, or undefined. A replay takes its target, fixtures, seed and runs
 * from the recording (anything else would not ask the recorded requests). */
function recordingFlags(str: (k: string) => string, target: string): string | undefined {
  if (target === 'recording' && str('recording') === '') return '--target recording needs --recording DIR (a directory written by --record)';
  if (target !== 'recording' && str('recording') !== '') return `--recording cannot be combined with --target ${target}`;
  const mask = str('record-mask');
  if (mask !== '' && mask !== 'none' && mask !== 'accounts') return `--record-mask must be none or accounts, not '${mask}'`;
  if (mask !== '' && str('record') === '') return '--record-mask needs --record DIR';
  if (target !== 'recording') return undefined;
  for (const flag of ['record', 'endpoint', 'fixtures', 'seed', 'runs', 'replay', 'ledger']) {
    if (str(flag) !== '') return `--${flag} cannot be combined with --target recording (the recording fixes target, fixtures, seed and runs)`;
  }
  return undefined;
}

function int(text: string, min: number, max: number): number | null {
  if (!/^-?\d+$/.test(text)) return null;
  const n = Number(text);
  return n >= min && n <= max ? n : null;
}
