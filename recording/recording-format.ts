// The recording format (version 2): what `tcconform run --record DIR` writes (suites/harness/recording-client.ts)
// and what re-judging (suites/harness/replay-client.ts) and parity (recording/parity/) read.
// DIR/recording.json holds the run's metadata; DIR/cases/<region>/<case>.jsonl one line per call of that case, in
// the order the case made them. JSON Schema: recording/recording.schema.json. Nothing secret is ever written.

import type { Params, RequestForm, SignMethod } from '../core/types.ts';
import type { Fixtures } from '../core/fixtures.ts';
import type { SigningEdit } from '../core/signing-edit.ts';

/** Bumped on any incompatible change; readers refuse other versions with one line (version 1: see read-recording.ts). */
export const RECORDING_FORMAT_VERSION = 2;

/** The metadata file's name inside a recording directory. */
export const RECORDING_META_FILE = 'recording.json';

/** Which account IDs were replaced by placeholders: none, or every known account ID (`--record-mask accounts`). */
export type RecordMask = 'none' | 'accounts';

/** Where and how a run records (part of the RunConfig; the salt keys the account placeholders and is never written). */
export interface RecordSettings {
  readonly dir: string;
  readonly mask: RecordMask;
  readonly salt: string;
}

/** DIR/recording.json: the run a recording came from. */
export interface RecordingMeta {
  readonly format: 'tcconform-recording';
  /** Written as RECORDING_FORMAT_VERSION; version 1 is read back when none of its calls has a tampered part. */
  readonly version: typeof RECORDING_FORMAT_VERSION | 1;
  readonly target: { readonly kind: string; readonly endpoint: string; readonly label: string };
  readonly startedAt: string;
  /** Set when the run ended normally (absent: the run was killed and the recording may lack calls). */
  readonly finishedAt?: string;
  /** How many calls the case files hold, set at the end of the run; readers check it to detect truncation. */
  readonly calls?: number;
  /** Spec file hashes and API versions the recording run judged with (re-judging says when today's differ). */
  readonly specVersions: Readonly<Record<string, string>>;
  readonly toolVersion: string;
  /** The fixtures the run used, without credentials (masked like the exchanges when `mask` is `accounts`). */
  readonly fixtures: Fixtures;
  readonly fixturesSource: string;
  readonly seed: number;
  readonly runs: number;
  readonly regions: readonly string[];
  readonly allowMutations: boolean;
  readonly products: readonly string[];
  readonly actions: readonly string[];
  readonly caseFilter: string;
  readonly mask: RecordMask;
  /** True when the run signed with temporary credentials (a session token; its value is never written). */
  readonly temporaryCredentials?: boolean;
  /** True when the run's cases went through the concurrent scheduler: a case expecting a refusal then read back only
   * its own part of the fixture state (suites/harness/case-safety.ts readParts), and re-judging must read the same. */
  readonly scheduled?: boolean;
  /** True when the rate-limit cases had a target of their own that nothing else called. */
  readonly rateLimitTargetDedicated: boolean;
}

/** The logical request a case asked for (what re-judging compares, since signatures and timestamps change). */
export interface RecordedCallRequest {
  readonly operation: string;
  /** Set only when the case overrode the operation's action or version names (protocol cases). */
  readonly action?: string;
  readonly version?: string;
  /** The region sent; null when the case sent none on purpose. */
  readonly region: string | null;
  readonly form: RequestForm;
  readonly signMethod: SignMethod;
  readonly params: Params;
  /** Whose key signed: the run's credentials, or other ones the case made up (an unknown SecretId). */
  readonly credentials: 'run' | 'other';
  /** Whether a session token was sent, and whose: the run's own or one the case made up. */
  readonly token: 'none' | 'run' | 'other';
  /** Request timestamp minus the send time, seconds, when the case chose the timestamp (expired-timestamp cases). */
  readonly timestampOffsetS?: number;
  /** The deliberate signing change the case made (auth and protocol cases): the variant signed under or the edit made
   * after signing, as data (core/signing-edit.ts); never the signature, key or token it produced. */
  readonly signing?: SigningEdit;
  readonly rateLimited?: boolean;
  readonly unpaced?: boolean;
}

/** One line of a case file: one call, its wire request and what came back. */
export interface RecordedCall {
  readonly case: string;
  /** 0-based position of the call among the case's calls (the order the case made them). */
  readonly n: number;
  readonly call: RecordedCallRequest;
  readonly url: string;
  /** The wire request without Authorization and X-TC-Token, signatures and secrets redacted. */
  readonly request: { readonly method: string; readonly path: string; readonly headers: Readonly<Record<string, string>>; readonly body: string };
  readonly response?: { readonly status: number; readonly headers: Readonly<Record<string, string>>; readonly body: string };
  readonly failure?: { readonly code: string; readonly message: string };
  readonly timings: { readonly startedAt: string; readonly totalMs: number };
  /** Why earlier attempts of this read-only call were retried (the answer above is the one that stood). */
  readonly retries: readonly string[];
}
