// The world indexed for lookups: what the transitions read and return. Maps keep insertion order, so a state
// turns back into the same world (worldOf). Accounts never change during a run; images and blueprints do.
import type { Account, AccountCredential, Blueprint, CvmImage, World } from './world.ts';
import { LayeredMap } from './layered-map.ts';

/** A credential with the account it belongs to. */
export interface KeyHolder {
  readonly account: Account;
  readonly credential: AccountCredential;
}

/** The indexed world between two requests. */
export interface State {
  readonly name: string;
  readonly regions: readonly string[];
  readonly callerId: string;
  readonly accounts: ReadonlyMap<string, Account>;
  readonly keys: ReadonlyMap<string, KeyHolder>;
  readonly images: ReadonlyMap<string, CvmImage>;
  readonly blueprints: ReadonlyMap<string, Blueprint>;
}

/** Indexes a (validated) world. */
export function stateOf(world: World): State {
  const keys = new Map<string, KeyHolder>();
  for (const account of world.accounts) {
    for (const credential of account.credentials) keys.set(credential.secretId, { account, credential });
  }
  return {
    name: world.name,
    regions: world.regions,
    callerId: world.callerId,
    accounts: new Map(world.accounts.map((a) => [a.id, a])),
    keys,
    images: new Map(world.images.map((i) => [i.id, i])),
    blueprints: new Map(world.blueprints.map((b) => [b.id, b])),
  };
}

/** The world a state describes (for the admin snapshot and for fixtures). */
export function worldOf(state: State): World {
  return {
    name: state.name,
    regions: state.regions,
    callerId: state.callerId,
    accounts: [...state.accounts.values()],
    images: [...state.images.values()],
    blueprints: [...state.blueprints.values()],
  };
}

/** A new state with `image` stored (added or replaced). */
export function withImage(state: State, image: CvmImage): State {
  return { ...state, images: LayeredMap.of(state.images).with(image.id, image) };
}

/** A new state with `blueprint` stored (added or replaced). */
export function withBlueprint(state: State, blueprint: Blueprint): State {
  return { ...state, blueprints: LayeredMap.of(state.blueprints).with(blueprint.id, blueprint) };
}

/** A new state without the blueprint `id`. */
export function withoutBlueprint(state: State, id: string): State {
  return { ...state, blueprints: LayeredMap.of(state.blueprints).without(id) };
}
