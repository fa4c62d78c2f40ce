// A built TC3 request re-signed with a malformed variant: the bytes sent stay, only the Authorization changes.
import type { WireRequest } from './types.ts';
import { headerValue } from './header-value.ts';
import { signTc3Variant, type Tc3Variant } from './sign-tc3-variant.ts';
import { splitPath } from './split-path.ts';

/** The key a request is re-signed with. */
export interface SigningKey {
  readonly secretId: string;
  readonly secretKey: string;
}

/** `wire` (as buildRequest made it) with its Authorization recomputed under `variant` for `service`. */
export function resignTc3(wire: WireRequest, key: SigningKey, service: string, variant: Tc3Variant): WireRequest {
  const { pathname, query } = splitPath(wire.path);
  const { authorization } = signTc3Variant({
    method: wire.method,
    canonicalUri: pathname,
    canonicalQuery: wire.method.toUpperCase() === 'GET' ? query : '',
    headers: wire.headers,
    signedHeaders: ['content-type', 'host'],
    payload: wire.body,
    timestamp: Number(headerValue(wire.headers, 'x-tc-timestamp')),
    service,
    secretId: key.secretId,
    secretKey: key.secretKey,
  }, variant);
  return { ...wire, headers: { ...wire.headers, authorization } };
}
