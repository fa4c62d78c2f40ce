// The world every run starts from unless told otherwise: two regions, each with a resource for every documented
// situation of the four mutating actions (mock/README.md maps each error code to the resource that produces it).
import { defaultAccounts } from './default-accounts.ts';
import { ACCOUNTS, DEFAULT_REGIONS } from './default-ids.ts';
import { defaultBlueprints, defaultImages } from './default-resources.ts';
import type { World } from './world.ts';

/** A fresh copy of the default world. */
export function defaultWorld(): World {
  return {
    name: 'default',
    regions: [...DEFAULT_REGIONS],
    callerId: ACCOUNTS.caller,
    accounts: defaultAccounts(),
    images: DEFAULT_REGIONS.flatMap((r) => defaultImages(r)),
    blueprints: DEFAULT_REGIONS.flatMap((r) => defaultBlueprints(r)),
  };
}
