// Moves a world to the other site: the caller (and every account on its site) changes site, accounts on the other
// site move the opposite way, so every rule about sites answers as before with the mock playing the other site.
import type { Site, World } from './world.ts';

/** The site of the world's caller (intl when the caller is missing: the world-file default). */
export function callerSite(world: World): Site {
  return world.accounts.find((a) => a.id === world.callerId)?.site ?? 'intl';
}

/** `world` with its caller on `site` (the same object when it already is). */
export function rehomeWorld(world: World, site: Site): World {
  if (callerSite(world) === site) return world;
  const other: Site = site === 'china' ? 'intl' : 'china';
  return { ...world, accounts: world.accounts.map((a) => ({ ...a, site: a.site === site ? other : site })) };
}
