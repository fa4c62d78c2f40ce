// The site a run judges: the fixtures' `site` picks both the host and the site's contract (generated/site-contracts.ts).

import type { Site } from '../../generated/site-contracts.ts';
import type { RunConfig } from './run-config.ts';

/** The fixtures' site; fixtures that name none are on the international site (the host the reference pages name). */
export function siteOf(config: Pick<RunConfig, 'fixtures'>): Site {
  return config.fixtures.site ?? 'intl';
}
