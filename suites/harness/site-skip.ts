// Which cases the run's site cannot judge, and why: an action that site's definitions lack, and (unless the case
// only reads) a case that may change a share list the site offers no observer to read back: without one, a
// share could be neither confirmed nor undone safely, nor could shares that predate the run be protected.

import { offeredOnSite, type Site } from '../../generated/site-contracts.ts';
import type { Safety } from '../../checks/case-record.ts';
import { shareSemantics } from './share-semantics.ts';
import { absent, unreadable } from './site-reasons.ts';

/** The skip reason of a case on `site`, or undefined when the site can judge it. */
export function siteSkipReason(spec: { readonly operation: { readonly key: string; readonly action: string }; readonly safety: Safety }, site: Site): string | undefined {
  if (!offeredOnSite(spec.operation.key, site)) return absent(spec.operation.action, site);
  if (spec.safety === 'read-only') return undefined;
  const observer = shareSemantics(spec.operation.key)?.list.observer;
  if (observer === undefined || offeredOnSite(observer, site)) return undefined;
  return `${unreadable(observer, site)}: what ${spec.operation.action} changes could be neither confirmed nor undone safely, nor could shares that predate the run be protected`;
}
