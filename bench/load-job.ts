// What the parent hands the load-generating child process, and what the child answers (both JSON).
import type { WireRequest } from '../core/types.ts';

/** A load to generate: `sequences[i]` is cycled by connection i (mod their number), for `amount` or `durationS`. */
export interface LoadJob {
  readonly url: string;
  readonly connections: number;
  readonly sequences: readonly (readonly WireRequest[])[];
  readonly amount?: number;
  readonly durationS?: number;
}

/** What autocannon measured, reduced to the figures the benchmark keeps. */
export interface LoadResult {
  readonly requests: number;
  readonly durationS: number;
  readonly rps: number;
  readonly latencyP50Ms: number;
  readonly latencyP99Ms: number;
  readonly latencyMaxMs: number;
  readonly non2xx: number;
  /** Connection errors and timeouts. */
  readonly errors: number;
  /** 2xx answers whose body is an error envelope (`"Error"` in the Response). */
  readonly errorEnvelopes: number;
}
