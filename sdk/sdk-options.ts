// Flags of `tcconform sdk`, validated into options; every problem is one precise line (exit 2).

import { resolve } from 'node:path';
import { parseFlags, type FlagSpec } from '../core/parse-flags.ts';
import type { Result } from '../core/types.ts';
import { operations } from '../generated/operations.ts';
import { callingStyles } from './calls/calling-styles.ts';

/** The command's options. */
export interface SdkOptions {
  readonly help: boolean;
  /** The --sdk arguments as given (a folder, a .tgz or tencentcloud-sdk-nodejs@VERSION); empty: the installed SDK. */
  readonly sdks: readonly string[];
  /** --baseline-sdk as given: the release to compare the candidate with. */
  readonly baselineSdk: string | undefined;
  /** Absolute path of --baseline: the sdk-results.json of an earlier gate run. */
  readonly baseline: string | undefined;
  /** What fails the run: any finding (default) or only a regression against the baseline. */
  readonly failOn: 'findings' | 'regression';
  readonly out: string;
  readonly json: boolean;
  /** Operation keys to run (undefined: all). */
  readonly operations: string[] | undefined;
  /** Calling style ids to run (undefined: all). */
  readonly styles: string[] | undefined;
}

const spec: FlagSpec = {
  sdk: { type: 'string', multiple: true }, 'baseline-sdk': { type: 'string' }, baseline: { type: 'string' }, 'fail-on': { type: 'string' },
  out: { type: 'string' }, json: { type: 'boolean' }, style: { type: 'string' }, action: { type: 'string' }, help: { type: 'boolean', short: 'h' },
};

/** Parses `argv`; `cwd` resolves relative paths. */
export function sdkOptions(argv: readonly string[], cwd: string): Result<SdkOptions, string> {
  const parsed = parseFlags('sdk', argv, spec);
  if (!parsed.ok) return parsed;
  const v = parsed.value.values;
  const str = (k: string): string => (typeof v[k] === 'string' ? (v[k] as string) : '');
  const list = (k: string): string[] => str(k).split(',').map((s) => s.trim()).filter(Boolean);
  const fail = (m: string): Result<SdkOptions, string> => ({ ok: false, error: `tcconform sdk: ${m} (see tcconform sdk --help)` });
  if (parsed.value.positionals.length > 0) return fail(`unexpected argument '${parsed.value.positionals[0]}'`);
  const sdks = Array.isArray(v['sdk']) ? v['sdk'] : [];
  if (sdks.some((s) => s === '')) return fail('--sdk needs a package folder, an npm .tgz or tencentcloud-sdk-nodejs@VERSION');
  for (const flag of ['baseline-sdk', 'baseline']) if (v[flag] !== undefined && str(flag) === '') return fail(`--${flag} needs a value`);
  if (v['baseline-sdk'] !== undefined && v['baseline'] !== undefined) return fail('give --baseline-sdk (a release) or --baseline (an earlier sdk-results.json), not both');
  const compared = v['baseline-sdk'] !== undefined || v['baseline'] !== undefined;
  if (compared && sdks.length > 1) return fail('a baseline compares one candidate: give one --sdk with --baseline-sdk or --baseline');
  const failOn = str('fail-on') || 'findings';
  if (failOn !== 'findings' && failOn !== 'regression') return fail(`unknown --fail-on '${failOn}' (findings or regression)`);
  if (failOn === 'regression' && !compared) return fail('--fail-on regression needs --baseline-sdk or --baseline');
  const styles = list('style');
  const badStyle = styles.find((s) => !callingStyles.some((c) => c.id === s));
  if (badStyle) return fail(`unknown --style '${badStyle}' (known: ${callingStyles.map((c) => c.id).join(', ')})`);
  const actions = list('action');
  const badAction = actions.find((a) => !operations.some((op) => op.key === a || op.action === a));
  if (badAction) return fail(`unknown --action '${badAction}' (an action name or an operation key such as lighthouse.ShareBlueprintAcrossAccounts)`);
  const keys = operations.filter((op) => actions.includes(op.key) || actions.includes(op.action)).map((op) => op.key);
  return { ok: true, value: {
    help: v['help'] === true, sdks, baselineSdk: str('baseline-sdk') || undefined, baseline: str('baseline') ? resolve(cwd, str('baseline')) : undefined, failOn,
    out: resolve(cwd, str('out') || 'tcconform-sdk-report'), json: v['json'] === true, operations: actions.length > 0 ? keys : undefined,
    styles: styles.length > 0 ? styles : undefined,
  } };
}
