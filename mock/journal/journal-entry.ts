// One request as the journal keeps it: redacted (no SecretKey, signature or token anywhere) and JSON-safe.
import type { Params, RequestForm, SignMethod, WireRequest } from '../../core/types.ts';

/** A journal entry. Fields the request never reached (an unparsable request has no action) are absent. */
export interface JournalEntry {
  /** Increasing number of the entry since the mock started. */
  readonly seq: number;
  /** When the request arrived, ISO 8601. */
  readonly time: string;
  /** The peer address the request came from. */
  readonly peer: string;
  readonly action?: string;
  readonly version?: string;
  readonly region?: string;
  readonly form?: RequestForm;
  readonly signMethod?: SignMethod;
  /** The operation key it was routed to (`lighthouse.ShareBlueprintAcrossAccounts`). */
  readonly operation?: string;
  /** The calling account, once authenticated. */
  readonly accountId?: string;
  /** The request as received, redacted. */
  readonly request: WireRequest;
  /** The action parameters, redacted. */
  readonly params?: Params;
  /** The error code answered, or null for a success; `dropped` when the connection was dropped on purpose. */
  readonly code: string | null;
  readonly requestId: string | null;
  readonly stateChanged: boolean;
  /** Injected faults and deviations that shaped the answer. */
  readonly faults: readonly string[];
  readonly durationMs: number;
}
