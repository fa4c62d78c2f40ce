// Which locks a case takes under the concurrent scheduler. The share state of a region's fixture resources is one
// lockable thing (`fixtureStateKey`): a case that sends a mutating request naming a fixture resource reads the
// state of every fixture resource before and after it and puts back whatever changed (case-safety.ts), so it
// holds that state exclusively — taken lazily, just before that read (hold-resources.ts `upgrade`). Observer cases
// that judge the state they read (TotalCount against paging, one observer against another), and any case whose
// spec says it compares reads (request forms that must agree), hold it shared from their start, and a model or state case exclusively from its start. Everything else (negative cases on resources
// that exist nowhere, auth and protocol cases, observer properties) holds nothing. A rate-limit case takes its
// action's bucket to itself: its burst must not meet (or throttle) the run's own paced requests.

import type { CheckName } from '../../../checks/finding.ts';
import type { Safety } from '../../../checks/case-record.ts';
import { bucketLockKey } from './broker.ts';
import type { LockClaim } from './lock-table.ts';
import { partOf, shareLists } from '../share-semantics.ts';

/** What the claims depend on. */
export interface ClaimInput {
  readonly id: string;
  readonly operation: { readonly key: string; readonly safety: string };
  readonly check: CheckName | string;
  readonly safety: Safety;
  readonly region: string;
  readonly comparesReads?: boolean;
}

/** The key of one part of the share state of `region`'s fixture resources: one share list (share-semantics.ts
 * `partOf`: Lighthouse blueprints shared with accounts, CVM images shared with accounts, images shared into Lighthouse). */
export const fixtureStateKey = (region: string, part: string): string => `${region}/fixture-state/${part}`;

/** The parts of the fixture state, one per share list of the share-semantics table. */
export function fixtureParts(): string[] {
  return [...new Set(shareLists().map(partOf))];
}

/** Every part of `region`'s fixture state in `mode`. */
export const wholeFixtureState = (region: string, mode: LockClaim['mode']): LockClaim[] =>
  fixtureParts().map((p) => ({ key: fixtureStateKey(region, p), mode }));

/** The locks a case takes before its first request. */
export function caseClaims(input: ClaimInput): LockClaim[] {
  if (input.check === 'rate_limit_conformance') return [{ key: bucketLockKey(input.operation.key), mode: 'exclusive' }];
  if (input.check === 'state_conformance') return wholeFixtureState(input.region, 'exclusive');
  if (input.comparesReads === true) return wholeFixtureState(input.region, 'shared');
  // Observer probes go on to consistency judgements over the fixture state (observer-cases.ts); generated
  // observer properties judge each answer alone.
  if (input.operation.safety === 'read-only' && input.check === 'positive_data_acceptance' && !input.id.endsWith('.positive.generated')) {
    return wholeFixtureState(input.region, 'shared');
  }
  return [];
}
