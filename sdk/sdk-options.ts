// Flags of `tcconform sdk`, validated into options; every problem is one precise line (exit 2).

import { resolve } from 'node:path';
import { parseFlags, type FlagSpec } from '../cli/parse-flags.ts';
import type { Result } from '../core/types.ts';
import { operations } from '../generated/operations.ts';
import { callingStyles } from './calls/calling-styles.ts';

/** The command's options. */
export interface SdkOptions {
  readonly help: boolean;
  /** Absolute path of the candidate (folder or .tgz); undefined: the installed SDK. */
  readonly sdk: string | undefined;
  readonly out: string;
  readonly json: boolean;
  /** Operation keys to run (undefined: all). */
  readonly operations: string[] | undefined;
  /** Calling style ids to run (undefined: all). */
  readonly styles: string[] | undefined;
}

const spec: FlagSpec = {
  sdk: { type: 'string' }, out: { type: 'string' }, json: { type: 'boolean' }, style: { type: 'string' }, action: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
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
  if (v['sdk'] !== undefined && str('sdk') === '') return fail('--sdk needs a path (a package folder or an npm .tgz)');
  const styles = list('style');
  const badStyle = styles.find((s) => !callingStyles.some((c) => c.id === s));
  if (badStyle) return fail(`unknown --style '${badStyle}' (known: ${callingStyles.map((c) => c.id).join(', ')})`);
  const actions = list('action');
  const badAction = actions.find((a) => !operations.some((op) => op.key === a || op.action === a));
  if (badAction) return fail(`unknown --action '${badAction}' (an action name or an operation key such as lighthouse.ShareBlueprintAcrossAccounts)`);
  const keys = operations.filter((op) => actions.includes(op.key) || actions.includes(op.action)).map((op) => op.key);
  return { ok: true, value: {
    help: v['help'] === true, sdk: str('sdk') === '' ? undefined : resolve(cwd, str('sdk')), out: resolve(cwd, str('out') || 'tcconform-sdk-report'),
    json: v['json'] === true, operations: actions.length > 0 ? keys : undefined, styles: styles.length > 0 ? styles : undefined,
  } };
}
