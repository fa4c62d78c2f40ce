// Which parts of a signed request a case's tamper function changes. The tamper itself is code and cannot be
// recorded; what it changed can: it is applied to the same request signed with a throwaway key, and the parts
// that differ are named, so parity can do the same to a request it signs with the mock's key.

import type { Operation } from '../../generated/operations.ts';
import type { WireRequest } from '../../core/types.ts';
import { buildRequest } from '../../core/build-request.ts';
import type { CallRequest } from './target-client.ts';

const PROBE = { secretId: 'AKIDtcconformTamperProbe00000000000', secretKey: 'tcconform-tamper-probe-key' } as const;

/** The parts `req.tamper` changes (`method`, `signature`, `path`, `body`, `headers`); empty when there is no tamper. */
export function tamperedParts(req: CallRequest, host: string, region: string | null): string[] {
  if (req.tamper === undefined) return [];
  const op: Operation = req.operation;
  const built = buildRequest(
    { service: op.service, host, action: req.action ?? op.action, version: req.version ?? op.version, params: req.params, ...(region === null ? {} : { region }) },
    { form: req.form ?? 'post-json', signMethod: req.signMethod ?? 'TC3-HMAC-SHA256', credentials: PROBE, timestamp: req.timestamp ?? 1_700_000_000, nonce: 1 },
  );
  if (!built.ok) return [];
  return diffParts(built.value, req.tamper(built.value));
}

/** Names the parts in which `after` differs from `before`. */
export function diffParts(before: WireRequest, after: WireRequest): string[] {
  const parts = new Set<string>();
  if (before.method !== after.method) parts.add('method');
  if (before.body !== after.body) parts.add('body');
  const withoutSig = (p: string) => p.replace(/([?&]Signature=)[^&]*/, '$1');
  if (before.path !== after.path) parts.add(withoutSig(before.path) === withoutSig(after.path) ? 'signature' : 'path');
  const names = new Set([...Object.keys(before.headers), ...Object.keys(after.headers)]);
  for (const name of names) {
    if (before.headers[name] === after.headers[name]) continue;
    parts.add(name.toLowerCase() === 'authorization' ? 'signature' : 'headers');
  }
  return [...parts].sort();
}
