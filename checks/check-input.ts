// What every per-exchange check reads: the operation, the recorded exchange, the parsed envelope, the oracle.

import type { Operation } from '../generated/operations.ts';
import type { Site } from '../generated/site-contracts.ts';
import type { Envelope, Exchange } from '../core/types.ts';
import type { CheckName } from './finding.ts';
import type { Expectation } from './expectation.ts';

/** Recorded data a check judges; checks never send anything. */
export interface CheckInput {
  readonly operation: Operation;
  readonly exchange: Exchange;
  readonly envelope: Envelope;
  readonly expectation: Expectation;
  /** The check this case is filed under (names findings about the expectation). */
  readonly caseCheck: CheckName;
  /** Doc source ids behind the case's expectation. */
  readonly docs: readonly string[];
  /** The site whose contract judges the answer (the fixtures' `site`); absent: China, whose definitions are the fuller. */
  readonly site?: Site;
}

/** A per-exchange check: pure, returns findings (empty when conforming). */
export type Check = (input: CheckInput) => readonly import('./finding.ts').Finding[];
