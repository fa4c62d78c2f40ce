// The credential rules shared by both signature versions: an unknown SecretId, and temporary credentials' token.

import type { Credentials } from '../../core/types.ts';
import type { CallRequest } from '../harness/target-client.ts';
import { alternate, probeCall, type AuthContext } from './auth-case.ts';

/** A well-formed key no server knows. */
export const unknownKey: Credentials = { secretId: 'AKIDtcconformUnknownKey0000000000000', secretKey: 'tcconform-unknown-secret-key-000000' };

const WRONG_TOKEN = 'tcconform-invalid-session-token';

/**
 * Temporary run credentials: sent without their token, or with a wrong one (alternating across actions). Permanent
 * ones: with an invalid token beside them (the only token rule a permanent key can show).
 */
export function tokenRequests(ctx: AuthContext, extra: Omit<Partial<CallRequest>, 'operation' | 'params'>): CallRequest[] {
  const { secretId, secretKey, token } = ctx.credentials;
  const wrong = { secretId, secretKey, token: WRONG_TOKEN };
  if (token === undefined) return [probeCall(ctx, { ...extra, credentials: wrong })];
  return alternate(ctx, () => probeCall(ctx, { ...extra, credentials: { secretId, secretKey } }), () => probeCall(ctx, { ...extra, credentials: wrong }));
}
