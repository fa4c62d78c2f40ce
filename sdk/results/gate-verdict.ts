// The gate's verdict and exit code (pure): any failed check fails the release; errored checks without failures
// make the run inconclusive (harness or mock problem, exit 3); otherwise the SDK passes.

import type { Tally } from './count-matrix.ts';

/** pass, fail or inconclusive. */
export type Verdict = 'pass' | 'fail' | 'inconclusive';

/** The verdict of a run's totals. */
export function verdictOf(t: Tally): Verdict {
  if (t.failed > 0) return 'fail';
  if (t.errored > 0) return 'inconclusive';
  return 'pass';
}

/** 0 pass, 1 fail, 3 inconclusive (cli/exit-codes.ts). */
export function exitCodeOf(verdict: Verdict): number {
  return verdict === 'pass' ? 0 : verdict === 'fail' ? 1 : 3;
}
