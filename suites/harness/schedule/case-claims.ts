// Which fixture resources a case touches, and how: the locks it takes under the concurrent scheduler.
// A case of a mutating action locks the fixture resource of its action's share list: exclusively when it may
// change it or judges state another case changes, shared otherwise (a request the docs say must be refused).
// A case of an observer holds nothing unless it judges state (then every fixture resource of its product). The rate-limit case takes its action's bucket to itself instead: its probes name
// resources that exist nowhere, and its burst must not meet (or throttle) the run's own paced requests.

import type { CheckName } from '../../../checks/finding.ts';
import type { Safety } from '../../../checks/case-record.ts';
import type { RegionFixtures } from '../../../core/fixtures.ts';
import { shareSemantics } from '../share-semantics.ts';
import { bucketLockKey } from './broker.ts';
import type { LockClaim } from './lock-table.ts';

/** What the claims depend on. */
export interface ClaimInput {
  readonly operation: { readonly key: string; readonly product: string };
  readonly check: CheckName | string;
  readonly safety: Safety;
  readonly region: string;
  readonly fixtures: RegionFixtures | undefined;
}

/** Checks whose verdict rests on share state that other cases change: they hold their resources exclusively. */
const STATE_JUDGING: ReadonlySet<string> = new Set(['state_conformance']);

/** The key naming one fixture resource (an image is one resource whichever product names it). */
export const resourceKey = (region: string, kind: 'blueprint' | 'image', id: string): string => `${region}/${kind}/${id}`;

/** The locks of one case. */
export function caseClaims(input: ClaimInput): LockClaim[] {
  if (input.check === 'rate_limit_conformance') return [{ key: bucketLockKey(input.operation.key), mode: 'exclusive' }];
  const product = input.fixtures?.[input.operation.product as 'lighthouse' | 'cvm'];
  if (product === undefined) return [];
  const row = shareSemantics(input.operation.key);
  const judgesState = STATE_JUDGING.has(input.check);
  // An observer's answer is judged on its own (accepted, documented shape, documented code): another case's
  // share landing meanwhile cannot change that verdict, so observer cases hold nothing unless they judge state.
  if (row === undefined && !judgesState) return [];
  const fields = row === undefined ? (['blueprintId', 'imageId'] as const) : [row.list.fixture];
  const mode = input.safety === 'mutating' || judgesState ? 'exclusive' : 'shared';
  const claims: LockClaim[] = [];
  for (const field of fields) {
    const id = product[field];
    if (id !== undefined) claims.push({ key: resourceKey(input.region, field === 'blueprintId' ? 'blueprint' : 'image', id), mode });
  }
  return claims;
}
