// What a generated violation is: the constraint it breaks and the requests that break it.
import type fc from 'fast-check';
import type { ParamConstraint } from '../specs/model/param-constraint.ts';

/** A request to send: its parameters, and the Region to send instead of the caller's when set. */
export interface RequestCase {
  readonly params: Record<string, unknown>;
  /** Absent: send the caller's (fixture) region. Set: send this one (unsupported-region cases). */
  readonly region?: string;
}

/** Requests that break exactly one documented constraint, tagged with it (and so with its allowed codes). */
export interface Violation {
  readonly constraint: ParamConstraint;
  /** True when the breach exists only in a JSON body (a type breach: query and form values are all strings). */
  readonly jsonOnly: boolean;
  readonly arbitrary: fc.Arbitrary<RequestCase>;
}
