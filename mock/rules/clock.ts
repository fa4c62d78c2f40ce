// Time and identifiers, injected so that transitions, rate limits and fixtures are deterministic in tests.
import { randomInt, randomUUID } from 'node:crypto';
import { lastResult } from '../../core/last-result.ts';

/** The mock's clock, in milliseconds since the epoch. */
export interface Clock {
  readonly nowMs: () => number;
}

/** Where fresh identifiers come from. */
export interface IdSource {
  /** A RequestId: a UUID, fresh for every answer. */
  readonly requestId: () => string;
  /** Eight characters of [0-9a-z] for a new `lhbp-` blueprint ID (the caller retries on collision). */
  readonly blueprintSuffix: () => string;
}

/** The process clock. */
export const systemClock: Clock = { nowMs: () => Date.now() };

/** A clock that stands still until `advance` moves it: for tests. */
export function manualClock(startMs: number): Clock & { advance: (ms: number) => void; set: (ms: number) => void } {
  let now = startMs;
  return { nowMs: () => now, advance: (ms) => { now += ms; }, set: (ms) => { now = ms; } };
}

const ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz';

/** Random identifiers: crypto UUIDs and random blueprint suffixes. */
export const randomIds: IdSource = {
  requestId: () => randomUUID(),
  blueprintSuffix: () => Array.from({ length: 8 }, () => ALPHABET[randomInt(ALPHABET.length)]).join(''),
};

/** Deterministic identifiers (`00000000-0000-4000-8000-000000000001`, `lhbpnew1`…): for tests. */
export function sequentialIds(): IdSource {
  let requests = 0;
  let blueprints = 0;
  return {
    requestId: () => `00000000-0000-4000-8000-${String(++requests).padStart(12, '0')}`,
    blueprintSuffix: () => `new${String(++blueprints).padStart(5, '0')}`,
  };
}

/** `YYYY-MM-DDThh:mm:ssZ` of a millisecond time: the documented CreatedTime format. */
export function isoSeconds(ms: number): string {
  return secondText(Math.floor(ms / 1000));
}

// Every share of a busy second carries the same CreatedTime: formatted once.
const secondText = lastResult((second: number) => {
  const iso = new Date(second * 1000).toISOString();
  // `…:ssZ` from `…:ss.mmmZ`; a six-digit year (`+010000-…`) keeps the general form.
  return iso.length === 24 ? `${iso.slice(0, 19)}Z` : iso.replace(/\.\d{3}Z$/, 'Z');
});
