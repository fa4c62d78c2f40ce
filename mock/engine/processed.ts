// What the pipeline made of one request: the answer, the state after it, and what the journal needs to know.
// Built in one place with every field present, so every Processed has the same shape (the engine makes thousands
// a second; object spreads of varying shapes were a tenth of its time).
import type { IncomingCall, Params, VendorError } from '../../core/types.ts';
import type { Operation } from '../../generated/operations.ts';
import { failure, type Answer } from '../rules/outcome.ts';
import type { State } from '../world/state.ts';

/** How far the request got: what was parsed, routed, authenticated and validated. */
export interface ProcessedContext {
  readonly call?: IncomingCall | undefined;
  readonly op?: Operation | undefined;
  readonly accountId?: string | undefined;
  readonly params?: Params | undefined;
}

/** The result of the request pipeline. */
export interface Processed extends ProcessedContext {
  readonly answer: Answer;
  /** The state after the request (the same object when nothing changed). */
  readonly state: State;
  readonly changed: boolean;
  /** Close the connection without an answer (the dropConnection fault). */
  readonly drop: boolean;
  /** Leave RequestId out (the missing-request-id deviation). */
  readonly omitRequestId: boolean;
  /** Answer with the RequestId of the previous answer (the repeated-request-id deviation). */
  readonly repeatRequestId: boolean;
  /** Milliseconds to hold the answer back (the rate-limit-by-delay deviation); 0 otherwise. */
  readonly delayMs: number;
  /** Faults and deviations that shaped the answer. */
  readonly faults: readonly string[];
}

/** No faults: shared, never changed. */
export const NO_FAULTS: readonly string[] = Object.freeze([]);

const NOTHING_KNOWN: ProcessedContext = Object.freeze({});

/** An answer with the state it leaves, what the request got to, and the faults that shaped it. */
export function processedOf(
  outcome: { readonly answer: Answer; readonly state: State; readonly changed: boolean },
  context: ProcessedContext,
  faults: readonly string[] = NO_FAULTS,
  drop = false,
): Processed {
  return {
    answer: outcome.answer, state: outcome.state, changed: outcome.changed, drop, omitRequestId: false, repeatRequestId: false, delayMs: 0, faults,
    call: context.call, op: context.op, accountId: context.accountId, params: context.params,
  };
}

/** A refusal before any state is touched. */
export function refusal(state: State, error: VendorError, context: ProcessedContext = NOTHING_KNOWN, faults: readonly string[] = NO_FAULTS, drop = false): Processed {
  return processedOf({ answer: failure(error.code, error.message), state, changed: false }, context, faults, drop);
}
