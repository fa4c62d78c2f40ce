// Who signed the request: signature (core's verifiers enforce every signing rule of mock/README.md: scope names the
// product's service, canonical host without port, 5-minute window both ways, …), then the session token. Deviations
// can switch the whole signature, the clock, the token or any one signing rule off (`unenforced`).
import type { IncomingCall, Result, VendorError, WireRequest } from '../../core/types.ts';
import type { SigningRule } from '../../core/signing-rules.ts';
import { constantTimeEqual } from '../../core/constant-time-equal.ts';
import { verifyTc3 } from '../../core/verify-tc3.ts';
import { verifyV1 } from '../../core/verify-v1.ts';
import type { KeyHolder, State } from '../world/state.ts';
import { protocolErrors } from './errors.ts';

/** The documented clock window, seconds either side. */
export const TIMESTAMP_WINDOW_SECONDS = 300;

/** What authentication needs beside the request. */
export interface AuthInput {
  readonly wire: WireRequest;
  readonly call: IncomingCall;
  readonly service: string;
  readonly state: State;
  readonly nowSeconds: number;
  readonly checkSignature: boolean;
  readonly checkTimestamp: boolean;
  readonly checkToken: boolean;
  /** Signing rules a deviation leaves unenforced; undefined for a faithful mock. */
  readonly unenforced?: ReadonlySet<SigningRule> | undefined;
}

/** The credential (and its account) that signed the request, or the AuthFailure.* / parameter error. */
export function authenticate(input: AuthInput): Result<KeyHolder, VendorError> {
  const signer = input.checkSignature ? verified(input) : identified(input);
  if (!signer.ok || !input.checkToken) return signer;
  const token = tokenProblem(signer.value, input.call.token);
  return token === undefined ? signer : { ok: false, error: token };
}

function verified(input: AuthInput): Result<KeyHolder, VendorError> {
  const verify = input.call.signMethod === 'TC3-HMAC-SHA256' ? verifyTc3 : verifyV1;
  const result = verify({
    request: input.wire,
    lookupSecret: (id) => input.state.keys.get(id)?.credential.secretKey,
    service: input.service,
    now: input.nowSeconds,
    maxSkewSeconds: input.checkTimestamp ? TIMESTAMP_WINDOW_SECONDS : Number.MAX_SAFE_INTEGER,
    ...(input.unenforced === undefined ? {} : { unenforced: input.unenforced }),
  });
  if (!result.ok) return result;
  const holder = input.state.keys.get(result.value.secretId);
  return holder === undefined ? { ok: false, error: protocolErrors.secretIdNotFound(result.value.secretId) } : { ok: true, value: holder };
}

/** `signature-not-checked`: the SecretId still names the caller, and the clock is still checked unless told. */
function identified(input: AuthInput): Result<KeyHolder, VendorError> {
  const { secretId, timestamp } = input.call;
  if (secretId === undefined) return { ok: false, error: protocolErrors.secretIdMissing() };
  const holder = input.state.keys.get(secretId);
  if (holder === undefined) return { ok: false, error: protocolErrors.secretIdNotFound(secretId) };
  if (!input.checkTimestamp) return { ok: true, value: holder };
  if (timestamp === undefined) return { ok: false, error: protocolErrors.timestampMissing() };
  if (Math.abs(input.nowSeconds - timestamp) > TIMESTAMP_WINDOW_SECONDS) {
    return { ok: false, error: protocolErrors.expired(timestamp, input.nowSeconds) };
  }
  return { ok: true, value: holder };
}

/** A temporary key needs its own token; a permanent key takes none. */
function tokenProblem(holder: KeyHolder, sent: string | undefined): VendorError | undefined {
  const expected = holder.credential.token;
  const given = sent === '' ? undefined : sent;
  if (expected === undefined) return given === undefined ? undefined : protocolErrors.tokenWithPermanentKey();
  return given !== undefined && constantTimeEqual(given, expected) ? undefined : protocolErrors.tokenMismatch();
}
