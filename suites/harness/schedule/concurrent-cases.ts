// How many cases a live-like run keeps in flight (vitest's maxConcurrency for the one-module run). Its own file, with
// no imports, so that vitest.config.ts can read it: vitest applies `maxConcurrency` per project and does not pass a
// root option of createVitest down to its projects (only `sequence`, `testTimeout` and a few more), so it must be set
// in the conformance project itself or the run keeps vitest's default of five cases in flight.

/** Cases in flight under the concurrent scheduler. They wait on their actions' buckets and their fixture resources'
 * locks, not on CPU: enough of them keeps every action's bucket busy. */
export const CONCURRENT_CASES = 48;
