// The calls the gate makes, before and after they are spread over the calling styles. Pure data.

import type { Credentials, Params } from '../../core/types.ts';
import type { Operation } from '../../generated/operations.ts';
import type { FaultPlan } from '../../mock/index.ts';
import type { CallingStyle } from '../calls/calling-styles.ts';
import type { ScriptedAnswer } from '../server/scripted-answers.ts';

/** A call expected to succeed: the SDK must send it faithfully and resolve to the answer's Response. */
export interface ValueCall {
  readonly operation: string;
  readonly title: string;
  readonly params: Params;
  readonly region: string;
  readonly rule?: string;
}

/**
 * A call the server should answer with one of `expectCodes`. `source` says how the code is made to happen:
 * a fixtures situation of a documented rule, a row of the mock's error-code table (possibly as another caller),
 * a common code (unknown key, bad signature, injected InternalError), or a scripted envelope from our own server.
 */
export interface ErrorCall {
  readonly operation: string;
  readonly title: string;
  readonly params: Params;
  readonly region: string;
  readonly expectCodes: readonly string[];
  readonly source: 'situation' | 'code-table' | 'common' | 'scripted';
  readonly rule?: string;
  /** A credential role other than the caller's (`denied`, `noRole`, …); `unknown-key` and `wrong-key` for auth codes. */
  readonly role?: string;
  readonly faults?: FaultPlan;
}

/** The three kinds of case. */
export type CaseKind = 'value' | 'error' | 'robustness';

/** One call in one calling style, ready to run. */
export interface SdkCase {
  readonly id: string;
  readonly kind: CaseKind;
  readonly title: string;
  readonly operation: Operation;
  readonly style: CallingStyle;
  readonly host: string;
  readonly region: string;
  readonly params: Params;
  readonly credentials: Credentials;
  readonly rule?: string;
  readonly expectCodes?: readonly string[];
  readonly source?: ErrorCall['source'];
  readonly faults?: FaultPlan;
  /** Robustness, and scripted error envelopes: what our own server answers instead of the mock. */
  readonly answer?: ScriptedAnswer;
}
