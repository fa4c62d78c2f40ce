// Under the concurrent scheduler every suite is one module (suites/all-suites.cases.ts) and vitest starts its cases
// in registration order. File by file, the first cases in flight would all be one product's, waiting on the same few
// buckets while the other actions' buckets idle until the end. So in that mode suites register no describe blocks
// (caseGroup runs its body directly), conformanceCase hands each registration here, and all-suites.cases.ts
// registers them at its end, each action's cases spread evenly over the whole order.

import { describe } from 'vitest';
import { oneModuleSelected } from './one-module-env.ts';

export { ONE_MODULE_ENV } from './one-module-env.ts';

/** True in a run under the concurrent scheduler (every suite as one module). */
export function oneModule(): boolean {
  return oneModuleSelected();
}

const pending: { readonly action: string; readonly register: () => void }[] = [];

/** A suite file's group of cases: a describe block (`concurrent`: its cases overlap), or (one-module run, where every
 * case may overlap) just its body. */
export function caseGroup(name: string, body: () => void, opts: { readonly concurrent?: boolean } = {}): void {
  if (oneModule()) body();
  else if (opts.concurrent === true) describe.concurrent(name, body);
  else describe(name, body);
}

/** Registers a case now, or (one-module run) once every suite has declared its cases (`registerInterleaved`). */
export function registerCase(action: string, register: () => void): void {
  if (oneModule()) pending.push({ action, register });
  else register();
}

/** Registers every held case, interleaved (`spreadEvenly`). */
export function registerInterleaved(): void {
  for (const p of spreadEvenly(pending.splice(0), (p) => p.action)) p.register();
}

/** Each key's items keep their order and are spread evenly over the result: the i-th of a key's n items goes at
 * (i + 0.5) / n of the way through; ties keep the keys' first-seen order. */
export function spreadEvenly<T>(items: readonly T[], keyOf: (item: T) => string): T[] {
  const byKey = new Map<string, T[]>();
  for (const item of items) {
    const list = byKey.get(keyOf(item)) ?? [];
    list.push(item);
    byKey.set(keyOf(item), list);
  }
  const placed = [...byKey.values()].flatMap((list, k) => list.map((item, i) => ({ item, at: (i + 0.5) / list.length, k })));
  return placed.sort((a, b) => a.at - b.at || a.k - b.k).map((p) => p.item);
}
