// A built v1 request (GET query or POST form) edited and re-signed with a malformed variant, so that exactly one
// rule of the v1 signature is broken and everything else still verifies.
import type { WireRequest } from './types.ts';
import { canonicalHost } from './canonical-host.ts';
import { headerValue } from './header-value.ts';
import { parseQuery } from './parse-query.ts';
import { encodePairs } from './percent-encode.ts';
import { compareAscii } from './sign-v1.ts';
import { signV1Variant, type V1Variant } from './sign-v1-variant.ts';
import { splitPath } from './split-path.ts';

/** Parameter edits made before re-signing: removed names, set values (added at the end when new), text appended to
 * a value sent (`{ Timestamp: '.5' }`: a timestamp that is not whole seconds, whatever the time of sending). */
export interface V1Edit {
  readonly remove?: readonly string[];
  readonly set?: Readonly<Record<string, string>>;
  readonly append?: Readonly<Record<string, string>>;
}

/** `wire` with `edit` applied and a new Signature under `variant`; `as-given` order sends the pairs reverse-sorted. */
export function resignV1(wire: WireRequest, secretKey: string, variant: V1Variant, edit: V1Edit = {}): WireRequest {
  const get = wire.method.toUpperCase() === 'GET';
  const parsed = parseQuery(get ? splitPath(wire.path).query : wire.body);
  if (!parsed.ok) throw new Error(`resignV1: ${parsed.error}`);
  let pairs = parsed.value.filter(([k]) => k !== 'Signature' && !(edit.remove ?? []).includes(k));
  pairs = pairs.map(([k, v]): [string, string] => [k, edit.append?.[k] === undefined ? v : `${v}${edit.append[k]}`]);
  for (const [name, value] of Object.entries(edit.set ?? {})) {
    pairs = pairs.some(([k]) => k === name) ? pairs.map(([k, v]) => [k, k === name ? value : v]) : [...pairs, [name, value]];
  }
  pairs.sort(([a], [b]) => (variant.order === 'as-given' ? compareAscii(b, a) : compareAscii(a, b)));
  const params = Object.fromEntries(pairs);
  const declared = params['SignatureMethod'];
  const { signature } = signV1Variant({
    method: wire.method,
    host: canonicalHost(headerValue(wire.headers, 'host') ?? ''),
    path: splitPath(wire.path).pathname,
    params,
    secretKey,
    signMethod: declared === 'HmacSHA256' ? 'HmacSHA256' : 'HmacSHA1',
  }, variant);
  const encoded = encodePairs([...pairs, ['Signature', signature]]);
  return get ? { ...wire, path: `${splitPath(wire.path).pathname}?${encoded}` } : { ...wire, body: encoded };
}
