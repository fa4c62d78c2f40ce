// Everything the request pipeline reads besides the request: the operations, the state, the clocks and the faults.
import type { Operation } from '../../generated/operations.ts';
import type { FaultState } from '../faults/fault-state.ts';
import type { RateLimiter } from '../rate/rate-limiter.ts';
import type { Clock, IdSource } from '../rules/clock.ts';
import type { State } from '../world/state.ts';
import type { FieldShaper } from './site-answer.ts';

/** The pipeline's surroundings for one request. */
export interface PipelineEnv {
  readonly operations: readonly Operation[];
  /** Operation key → its documented business error codes. */
  readonly documented: ReadonlyMap<string, ReadonlySet<string>>;
  readonly state: State;
  readonly clock: Clock;
  readonly ids: IdSource;
  readonly faults: FaultState;
  /** Undefined when rate limits are off (`rateLimits: false`). */
  readonly limiter: RateLimiter | undefined;
  /** Shapes success answers for the site the mock plays (site-answer.ts); undefined: answered as they are. */
  readonly shape?: FieldShaper | undefined;
}
