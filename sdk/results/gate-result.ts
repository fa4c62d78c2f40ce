// What a gate run found, as the SDK gate's results (sdk/results/) read it: the records of every judged check, the
// model comparison, what the release lacks. sdk/run/run-gate.ts builds it.

import type { CallingStyle } from '../calls/calling-styles.ts';
import type { ModelReport } from '../model/model-conformance.ts';
import type { SdkCaseResult } from './case-result.ts';

/** An action of the contract the release lacks. */
export interface AbsentAction {
  readonly operation: string;
  readonly action: string;
  readonly why: string;
}

/** Everything a gate run found. */
export interface GateResult {
  readonly sdk: { readonly version: string; readonly source: string; readonly root: string };
  readonly target: string;
  readonly startedAt: string;
  readonly durationMs: number;
  readonly styles: readonly CallingStyle[];
  readonly operations: readonly string[];
  readonly records: readonly SdkCaseResult[];
  readonly model: ModelReport | undefined;
  readonly missing: readonly string[];
  /** The actions the release does not have (operation key, action, why); their calls and model comparison were skipped. */
  readonly absent: readonly AbsentAction[];
  /** The mock region the calls named (undefined when no call ran). */
  readonly region: string | undefined;
}
