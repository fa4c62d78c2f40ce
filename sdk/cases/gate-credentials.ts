// The credentials the gate signs with: the caller's key from the fixtures, the caller's temporary key (for the
// token styles), the other callers of the mock's error-code table, and two deliberately wrong keys.

import type { Credentials } from '../../core/types.ts';

/** Credentials by role. */
export interface GateCredentials {
  readonly caller: Credentials;
  /** A temporary credential of the caller (secretId, secretKey and token) the server accepts. */
  readonly temporary: Credentials | undefined;
  /** Other callers by role name (the mock's error-code table names them). */
  readonly roles: Readonly<Record<string, Credentials>>;
}

/** The credentials of `role` for a call in a style with or without a token; undefined when there is none. */
export function credentialsFor(creds: GateCredentials, role: string | undefined, token: boolean): Credentials | undefined {
  if (role === 'unknown-key') return { secretId: 'AKIDtcconformUnknownKey000000000001', secretKey: 'tcconformUnknownSecretKey00000001' };
  if (role === 'wrong-key') return { secretId: creds.caller.secretId, secretKey: `${creds.caller.secretKey}-wrong` };
  if (role !== undefined) return token ? undefined : creds.roles[role];
  return token ? creds.temporary : creds.caller;
}
