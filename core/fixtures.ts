// The fixtures file: which real resources a run may use on a target, and in which role.
// `tcconform mock --fixtures-out FILE` writes one describing the mock's seeded world; a QA engineer writes one
// by hand for a live account. Suites read only this (never mock internals), so the same suite judges any target.

import type { Params } from './types.ts';

/** Fixtures-file format version this build reads and writes. */
export const FIXTURES_VERSION = 1;

/** A request that, on this target, should trigger one documented rule (an `x-tc-rules` id of the spec). */
export interface Situation {
  /** Full action parameters to send (fixture IDs filled in). */
  readonly params: Params;
  /** Optional human note: why these IDs trigger the rule. */
  readonly note?: string;
}

/** Resources of one product in one region. */
export interface ProductFixtures {
  /** The calling account's own ID (for the share-with-yourself cases). */
  readonly ownAccountId?: string;
  /** Lighthouse: a custom NORMAL blueprint owned by the caller that may be shared and unshared. */
  readonly blueprintId?: string;
  /** CVM (and Lighthouse ModifyImageSharePermission): a custom NORMAL image owned by the caller that may be shared. */
  readonly imageId?: string;
  /** Root accounts on the caller's site that may receive shares (at least 10 for the limit cases). */
  readonly recipientAccountIds?: readonly string[];
  /** Requests that should trigger a documented rule, keyed by rule id (e.g. `share.recipient-root`). */
  readonly situations?: Readonly<Record<string, Situation>>;
}

/** Everything a run may touch in one region. */
export interface RegionFixtures {
  readonly lighthouse?: ProductFixtures;
  readonly cvm?: ProductFixtures;
}

/** The fixtures file. Credentials are optional: for a live account they come from the environment. */
export interface Fixtures {
  readonly version: typeof FIXTURES_VERSION;
  /** Where the fixtures came from, e.g. `tcconform mock (default world)` or a note of the QA engineer. */
  readonly description?: string;
  /** Which site the caller's account is on: decides the Lighthouse host. */
  readonly site?: 'intl' | 'china';
  readonly credentials?: { readonly secretId: string; readonly secretKey: string; readonly token?: string };
  /** Region name → resources. The first region is the default one. */
  readonly regions: Readonly<Record<string, RegionFixtures>>;
}

/** The regions a run uses when the user names none: the fixtures' first (their default). */
export function defaultRegions(fixtures: Fixtures): string[] {
  return Object.keys(fixtures.regions).slice(0, 1);
}
