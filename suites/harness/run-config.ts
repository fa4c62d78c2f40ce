// What a conformance run is pointed at and allowed to do. The CLI fills it; plain vitest gets the defaults.

import type { Fixtures } from '../../core/fixtures.ts';
import type { RecordSettings } from '../../recording/recording-format.ts';
import type { Site } from '../../generated/site-contracts.ts';

/** Which kind of target: the embedded mock, the live API, any endpoint claiming the API, or a recording replayed. */
export type TargetKind = 'mock' | 'live' | 'endpoint' | 'recording';

/** The run's settings, JSON-safe (handed from the CLI through the environment and vitest's provide/inject). */
export interface RunConfig {
  readonly target: {
    readonly kind: TargetKind;
    /** Base URL every request goes to; for `live` empty (each product's documented host is used over HTTPS). */
    readonly baseUrl: string;
    /** A target that enforces the documented rate limits, for the rate-limit cases (same as baseUrl off the mock). */
    readonly rateLimitBaseUrl: string;
    /**
     * True when nothing but the rate-limit cases calls rateLimitBaseUrl (the embedded mock's second instance): no
     * other traffic shares its per-second windows, so those cases need not wait for a quiet one first or leave one behind.
     */
    readonly rateLimitTargetDedicated?: boolean;
    readonly timeoutMs: number;
    /** The recording directory a `recording` target replays (absent for every other kind). */
    readonly recording?: string;
    /** A `recording` target: the recorded run signed with temporary credentials (a session token). */
    readonly recordedWithToken?: boolean;
    /** A `recording` target: the recorded run's cases went through the concurrent scheduler (they read what it had). */
    readonly recordedScheduled?: boolean;
  };
  readonly fixtures: Fixtures;
  /** Where the fixtures came from, for messages. */
  readonly fixturesSource: string;
  readonly allowMutations: boolean;
  /** Pace requests under the documented per-action limits (always on for live and endpoint targets; a replayed
   * recording keeps the recorded run's value, so cases that size themselves by it ask the same requests). */
  readonly pace: boolean;
  readonly seed: number;
  readonly runs: number;
  readonly products: readonly string[];
  readonly actions: readonly string[];
  /** Only cases whose id contains this text. */
  readonly caseFilter: string;
  /** fast-check replay path for the selected property case. */
  readonly replayPath: string;
  readonly regions: readonly string[];
  readonly ledgerPath: string;
  /** `--record DIR`: every call of every case is written to DIR (recording/). */
  readonly record?: RecordSettings;
  /** The fraction of each documented rate limit the run may use (`--rate-share`, default 0.9). */
  readonly rateShare?: number;
  /** Set when cases of a live-like run run concurrently: the loopback broker handing out send slots and locks. */
  readonly schedule?: { readonly brokerUrl: string };
  /** The site the embedded mock plays (`--site`; default china). Live and endpoint runs take the fixtures' site. */
  readonly site?: Site;
}

/** The environment variable through which the CLI hands a RunConfig (JSON, never secrets) to the suites. */
export const RUN_CONFIG_ENV = 'TCCONFORM_RUN_CONFIG';

/** The key under which global setup provides the RunConfig to test files. */
export const RUN_CONFIG_KEY = 'tcconformRunConfig';
