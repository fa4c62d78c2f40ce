// One release through the gate, as the command runs it: a candidate that cannot be found is a usage error (a value);
// one that does not load is a failing result file, so the release fails and the report says why.

import type { Result } from '../../core/types.ts';
import type { Candidate } from '../load/resolve-candidate.ts';
import { loadFailureResult } from '../results/load-failure-result.ts';
import { sdkResultsFile, type SdkResultsFile } from '../results/sdk-results-file.ts';
import { runGate, type GateOptions } from './run-gate.ts';

/** The results file of `candidate` gated with `options`, or a one-line usage error. */
export async function gateRelease(candidate: Candidate, options: Omit<GateOptions, 'sdk' | 'label'>): Promise<Result<SdkResultsFile, string>> {
  const gate = await runGate({ ...options, ...(candidate.path ? { sdk: candidate.path, label: candidate.label } : {}) });
  if (!gate.ok && gate.error.kind === 'usage') return { ok: false, error: gate.error.message };
  return { ok: true, value: sdkResultsFile(gate.ok ? gate.value : loadFailureResult(candidate.label, gate.error.message)) };
}
