// The drift flags shared by `tcconform run` and `tcconform report`: --baseline FILE, --fail-on drift,
// --p95-regression PCT. Validated into DriftSettings; every problem is one precise line (exit 2).

import { resolve } from 'node:path';
import type { Result } from '../core/types.ts';
import type { FlagSpec } from '../core/parse-flags.ts';
import { defaultDiffOptions } from '../reports/diff-results.ts';
import type { DriftSettings } from '../reports/apply-drift.ts';

/** The flags to add to a command's FlagSpec. */
export const driftFlagSpec: FlagSpec = { baseline: { type: 'string' }, 'fail-on': { type: 'string' }, 'p95-regression': { type: 'string' } };

/** Help lines of the drift flags. */
export const driftHelp = `Drift
  --baseline FILE        an earlier results.json: report what changed since (new codes, changed shapes, …)
  --fail-on drift        exit 1 when a gating drift is found (needs --baseline)
  --p95-regression PCT   p95 latency growth that counts as drift (default ${defaultDiffOptions.p95RegressionPct}, and at least ${defaultDiffOptions.p95RegressionMinMs} ms)`;

/** Validated drift flags: the baseline path ('' for none) and the settings for applyDrift. */
export interface DriftFlags {
  readonly baseline: string;
  readonly settings: DriftSettings;
}

/** Reads the drift flags out of parsed values; `cwd` resolves the baseline path. */
export function driftFlags(values: Readonly<Record<string, unknown>>, cwd: string, command: string): Result<DriftFlags, string> {
  const fail = (m: string): Result<DriftFlags, string> => ({ ok: false, error: `tcconform ${command}: ${m}` });
  const str = (k: string): string => (typeof values[k] === 'string' ? (values[k] as string) : '');
  const failOn = str('fail-on').split(',').map((s) => s.trim()).filter(Boolean);
  const bad = failOn.find((f) => f !== 'drift' && f !== 'findings');
  if (bad !== undefined) return fail(`--fail-on must be drift (findings always fail), not '${bad}'`);
  const failOnDrift = failOn.includes('drift');
  if (failOnDrift && str('baseline') === '') return fail('--fail-on drift needs --baseline FILE (an earlier results.json)');
  const pctText = str('p95-regression');
  const pct = pctText === '' ? defaultDiffOptions.p95RegressionPct : /^\d{1,5}$/.test(pctText) ? Number(pctText) : NaN;
  if (!(pct >= 1 && pct <= 10_000)) return fail(`--p95-regression must be a percentage from 1 to 10000, not '${pctText}'`);
  return { ok: true, value: {
    baseline: str('baseline') === '' ? '' : resolve(cwd, str('baseline')),
    settings: { ...defaultDiffOptions, p95RegressionPct: pct, failOnDrift },
  } };
}
