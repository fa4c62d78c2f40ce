// What the pipeline made of one request: the answer, the state after it, and what the journal needs to know.
import type { IncomingCall, Params, VendorError } from '../../core/types.ts';
import type { Operation } from '../../generated/operations.ts';
import { failure, type Answer } from '../rules/outcome.ts';
import type { State } from '../world/state.ts';

/** The result of the request pipeline. */
export interface Processed {
  readonly answer: Answer;
  /** The state after the request (the same object when nothing changed). */
  readonly state: State;
  readonly changed: boolean;
  /** Close the connection without an answer (the dropConnection fault). */
  readonly drop: boolean;
  /** Leave RequestId out (the missing-request-id deviation). */
  readonly omitRequestId: boolean;
  /** Faults and deviations that shaped the answer. */
  readonly faults: readonly string[];
  readonly call?: IncomingCall;
  readonly op?: Operation;
  readonly accountId?: string;
  readonly params?: Params;
}

/** A refusal before any state is touched. */
export function refusal(state: State, error: VendorError, extra: Partial<Processed> = {}): Processed {
  return { answer: failure(error.code, error.message), state, changed: false, drop: false, omitRequestId: false, faults: [], ...extra };
}
