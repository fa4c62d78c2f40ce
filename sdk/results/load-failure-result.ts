// A gate result for a candidate that was found but does not load: one failed check, so the release fails (exit 1)
// and CI's JUnit shows why.

import { sdkFinding } from '../sdk-finding.ts';
import type { GateResult } from './gate-result.ts';

/** The result of a run whose SDK at `source` could not be loaded (`why`). */
export function loadFailureResult(source: string, why: string): GateResult {
  const finding = sdkFinding({ check: 'sdk_wire_conformance', severity: 'critical', operation: 'sdk.load', title: 'SDK does not load', detail: why });
  return {
    sdk: { version: 'unknown', source, root: '' }, target: `tencentcloud-sdk-nodejs (${source})`, startedAt: new Date().toISOString(), durationMs: 0,
    styles: [], operations: [], model: undefined, missing: [], absent: [], region: undefined,
    records: [{ id: 'sdk.load#sdk_wire_conformance', title: 'the SDK loads', operation: 'sdk.load', product: 'sdk', action: 'load', check: 'sdk_wire_conformance',
      style: 'load', safety: 'read-only', docs: ['node-sdk'], findings: [finding], observed: [], exchanges: [], latenciesMs: [], status: 'failed',
      message: why, durationMs: 0, target: source }],
  };
}
