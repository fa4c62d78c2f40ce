// The region a run's cases use when a request names none: the first region the run names (`--region`, else the
// fixtures' first, core/fixtures.ts defaultRegions). Cases, the clients, the safety checks and the scheduler's
// locks all ask this one function, so they agree on where a case acts.

import type { RunConfig } from './run-config.ts';

/** The run's case region, or undefined when the run names no region. */
export function caseRegion(config: Pick<RunConfig, 'regions'>): string | undefined {
  return config.regions[0];
}
