// The words of a site-bound skip: an action a site's definitions lack, a share list a site cannot read back.

import { operationByKey } from '../../generated/operations.ts';
import type { Site } from '../../generated/site-contracts.ts';

/** Why an action is not judged on a site. */
export function absent(action: string, site: Site): string {
  return `the ${site} site's definitions have no ${action} (spec x-tc-sites)`;
}

/** Why a share list cannot be read on a site. */
export function unreadable(observer: string, site: Site): string {
  return `the ${site} site offers no ${operationByKey(observer).action} to read the shares back (spec x-tc-sites)`;
}
