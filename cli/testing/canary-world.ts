// Test helper: the default world with canary credentials: every SecretKey and token replaced by a unique random
// string that nothing else in the project contains, so finding one in any output proves a leak.
import { randomBytes } from 'node:crypto';
import { defaultWorld, type World } from '../../mock/index.ts';

/** A canary world and its secrets. */
export interface CanaryWorld {
  readonly world: World;
  /** Every SecretKey and token of the world. */
  readonly secrets: readonly string[];
  /** The caller's temporary credential (secretId, canary key, canary token), for runs that take credentials from the environment. */
  readonly temporary: { readonly secretId: string; readonly secretKey: string; readonly token: string };
}

/** A fresh canary world; the canaries differ on every call. */
export function canaryWorld(): CanaryWorld {
  const base = defaultWorld();
  const secrets: string[] = [];
  const canary = (kind: string) => {
    const value = `canary${kind}${randomBytes(12).toString('hex')}`;
    secrets.push(value);
    return value;
  };
  const accounts = base.accounts.map((a) => ({
    ...a,
    credentials: a.credentials.map((c) => ({ ...c, secretKey: canary('Key'), ...(c.token === undefined ? {} : { token: canary('Tok') }) })),
  }));
  const caller = accounts.find((a) => a.id === base.callerId);
  const temp = caller?.credentials.find((c) => c.token !== undefined && c.productRejectsToken !== true);
  if (temp?.token === undefined) throw new Error('the default world has no temporary caller credential');
  return { world: { ...base, name: 'canary', accounts }, secrets, temporary: { secretId: temp.secretId, secretKey: temp.secretKey, token: temp.token } };
}
