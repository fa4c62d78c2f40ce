// What one conformance case hands to the reporter (through vitest's task.meta): JSON-safe, already redacted.

import type { CheckName, Finding } from './finding.ts';
import type { Observed } from './run-checks.ts';

/** How a case may affect a target: read-only, negative (should be refused; undone if it is not), mutating. */
export type Safety = 'read-only' | 'negative' | 'mutating';

/** A request as a person would replay it. */
export interface RecordedRequest {
  readonly operation: string;
  readonly region: string | null;
  readonly form: string;
  readonly params: unknown;
}

/** One exchange kept for the report (redacted; bodies truncated). */
export interface RecordedExchange {
  readonly request: RecordedRequest;
  readonly wire: { readonly method: string; readonly path: string; readonly headers: Readonly<Record<string, string>>; readonly body: string };
  readonly status?: number;
  readonly responseBody?: string;
  readonly failure?: string;
  readonly ms: number;
}

/** The replay recipe of a property case. */
export interface Replay {
  readonly seed: number;
  readonly path?: string;
  readonly command: string;
}

/** Everything the report shows about one case. */
export interface CaseRecord {
  readonly id: string;
  readonly title: string;
  readonly operation: string;
  readonly product: string;
  readonly action: string;
  readonly check: CheckName;
  readonly safety: Safety;
  readonly rule?: string;
  readonly docs: readonly string[];
  readonly findings: readonly Finding[];
  /** What the judged exchanges got, one entry per distinct (outcome, code, shape) with how often (kept for drift). */
  readonly observed: readonly (Observed & { readonly count: number })[];
  /** Exchanges worth showing: the ones behind findings, else a sample. */
  readonly exchanges: readonly RecordedExchange[];
  /** Latencies of the exchanges, ms (at most 100, evenly sampled). */
  readonly latenciesMs: readonly number[];
  /** Set when the target faulted (transport, InternalError, throttling): errored, not failed. */
  readonly fault?: string;
  /** Read-only calls sent again after a target fault, `operation: why` (at most 20; absent when none). */
  readonly retries?: readonly string[];
  readonly replay?: Replay;
  /** The minimal (shrunk) request behind the first finding. */
  readonly minimal?: RecordedRequest;
  readonly skipReason?: string;
  /** Changes of shares the case made and undid, and the ones it left (each with what to check); absent when none. */
  readonly changes?: { readonly undone: number; readonly left: readonly string[] };
}
