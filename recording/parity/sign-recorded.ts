// Puts a recorded call on the wire again, signed with the parity mock's keys: the same operation, region, form,
// sign method and parameters; the same kind of credentials (the caller's, a made-up key, a made-up token, the
// temporary key sent without its token); the same timestamp offset; and the same signing change (the variant the
// case signed under, or the edit it made after signing), so a signing case breaks the same rule again.

import { buildRequest } from '../../core/build-request.ts';
import { applySigningEdit } from '../../core/signing-edit.ts';
import type { Credentials, Params, Result, WireRequest } from '../../core/types.ts';
import { operationByKey } from '../../generated/operations.ts';
import type { RecordedCall } from '../recording-format.ts';

/** The keys parity signs with: the caller's permanent and temporary credentials in the parity world, and whether
 * the recorded run signed with temporary ones (then its own key, `run`, is the temporary one). */
export interface ParityKeys {
  readonly permanent: Credentials;
  readonly temporary?: Credentials;
  readonly runWasTemporary?: boolean;
}

const UNKNOWN: Credentials = { secretId: 'AKIDtcconformParityUnknownKey00000000', secretKey: 'tcconform-parity-unknown-key' };
const BAD_TOKEN = 'tcconform-parity-invalid-token';

/** The wire request for `recorded`, with `params` (the recorded ones, generated IDs already translated). */
export function signRecorded(recorded: RecordedCall, params: Params, keys: ParityKeys, nowS: number): Result<WireRequest, string> {
  const c = recorded.call;
  const op = operationByKey(c.operation);
  const host = (recorded.request.headers['host'] ?? op.hosts[0]?.host ?? '').replace(/:\d+$/, '');
  const credentials = credentialsOf(c, keys);
  const built = buildRequest(
    { service: op.service, host, action: c.action ?? op.action, version: c.version ?? op.version, params, ...(c.region === null ? {} : { region: c.region }) },
    { form: c.form, signMethod: c.signMethod, credentials, timestamp: nowS + (c.timestampOffsetS ?? 0) },
  );
  if (!built.ok) return { ok: false, error: built.error.message };
  return { ok: true, value: c.signing === undefined ? built.value : applySigningEdit(built.value, c.signing, credentials, op.service) };
}

/** The parity world's counterpart of the credentials the recorded call was signed with. */
function credentialsOf(c: RecordedCall['call'], keys: ParityKeys): Credentials {
  const own = keys.runWasTemporary || c.token === 'run' ? (keys.temporary ?? keys.permanent) : keys.permanent;
  const base = c.credentials === 'other' ? UNKNOWN : own;
  const { token: _dropped, ...key } = base;
  if (c.token === 'none') return key;
  return c.token === 'other' ? { ...key, token: BAD_TOKEN } : base;
}
