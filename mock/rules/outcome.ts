// What a transition gives back: the next state, the answer for the envelope, and whether anything changed.
import type { State } from '../world/state.ts';

/** The answer of an action before it is wrapped in the envelope: success fields, or a vendor error. */
export type Answer =
  | { readonly ok: true; readonly fields: Readonly<Record<string, unknown>> }
  | { readonly ok: false; readonly code: string; readonly message: string };

/** State in → state out, with the answer. */
export interface Outcome {
  readonly state: State;
  readonly answer: Answer;
  readonly changed: boolean;
}

/** A success answer with these fields (RequestId is added by the envelope). */
export function success(fields: Readonly<Record<string, unknown>> = {}): Answer {
  return { ok: true, fields };
}

/** An error answer. */
export function failure(code: string, message: string): Answer {
  return { ok: false, code, message };
}

/** The state unchanged, with an answer. */
export function unchanged(state: State, answer: Answer): Outcome {
  return { state, answer, changed: false };
}
