// Test helper: every ID a fixtures file names (blueprints, images, accounts, and the IDs in its situations), the
// only resources a run with --allow-mutations may change.
import type { Fixtures } from '../../core/fixtures.ts';

/** Every string found under `fixtures.regions`, recursively. */
export function fixtureIds(fixtures: Fixtures): ReadonlySet<string> {
  const out = new Set<string>();
  const walk = (v: unknown): void => {
    if (typeof v === 'string') out.add(v);
    else if (Array.isArray(v)) v.forEach(walk);
    else if (typeof v === 'object' && v !== null) Object.values(v).forEach(walk);
  };
  walk(fixtures.regions);
  return out;
}

/** The resource and account IDs a request's params name (BlueprintId, ImageId, AccountIds). */
export function namedIds(params: Readonly<Record<string, unknown>> | undefined): string[] {
  if (params === undefined) return [];
  const accounts = Array.isArray(params['AccountIds']) ? params['AccountIds'] : [];
  return [params['BlueprintId'], params['ImageId'], ...accounts].filter((v): v is string => typeof v === 'string');
}
