// Puts a recorded call on the wire again, signed with the parity mock's keys: the same operation, region, form,
// sign method and parameters; the same kind of credentials (the caller's, a made-up key, a made-up token); the
// same timestamp offset; and the same tampering (a flipped signature, the recorded body or method).

import { buildRequest } from '../../core/build-request.ts';
import type { Credentials, Params, Result, WireRequest } from '../../core/types.ts';
import { operationByKey } from '../../generated/operations.ts';
import type { RecordedCall } from '../recording-format.ts';

/** The keys parity signs with: the caller's permanent and temporary credentials in the parity world. */
export interface ParityKeys {
  readonly permanent: Credentials;
  readonly temporary?: Credentials;
}

const UNKNOWN: Credentials = { secretId: 'AKIDtcconformParityUnknownKey00000000', secretKey: 'tcconform-parity-unknown-key' };
const BAD_TOKEN = 'tcconform-parity-invalid-token';

/** The wire request for `recorded`, with `params` (the recorded ones, generated IDs already translated). */
export function signRecorded(recorded: RecordedCall, params: Params, keys: ParityKeys, nowS: number): Result<WireRequest, string> {
  const c = recorded.call;
  const op = operationByKey(c.operation);
  const host = (recorded.request.headers['host'] ?? op.hosts[0]?.host ?? '').replace(/:\d+$/, '');
  const base = c.credentials === 'other' ? UNKNOWN : c.token === 'run' ? (keys.temporary ?? keys.permanent) : keys.permanent;
  const credentials: Credentials = c.token === 'other' ? { secretId: base.secretId, secretKey: base.secretKey, token: BAD_TOKEN } : base;
  const built = buildRequest(
    { service: op.service, host, action: c.action ?? op.action, version: c.version ?? op.version, params, ...(c.region === null ? {} : { region: c.region }) },
    { form: c.form, signMethod: c.signMethod, credentials, timestamp: nowS + (c.timestampOffsetS ?? 0) },
  );
  if (!built.ok) return { ok: false, error: built.error.message };
  return { ok: true, value: tamper(built.value, recorded) };
}

function tamper(wire: WireRequest, recorded: RecordedCall): WireRequest {
  const parts = recorded.call.tampered ?? [];
  let out = wire;
  if (parts.includes('method')) out = { ...out, method: recorded.request.method };
  if (parts.includes('body')) out = { ...out, body: recorded.request.body };
  if (parts.includes('signature')) out = flipSignature(out);
  return out;
}

/** Changes one character of the signature, as the auth cases do. */
function flipSignature(w: WireRequest): WireRequest {
  const auth = w.headers['authorization'];
  if (auth !== undefined) return { ...w, headers: { ...w.headers, authorization: auth.replace(/Signature=([0-9a-f])/, (_m, ch: string) => `Signature=${ch === '0' ? '1' : '0'}`) } };
  return { ...w, path: w.path.replace(/Signature=([^&])/, (_m, ch: string) => `Signature=${ch === 'A' ? 'B' : 'A'}`) };
}
