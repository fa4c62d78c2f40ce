// Which host names a server tries when it checks a signature.
import type { VerifyInput } from './types.ts';
import { canonicalHost } from './canonical-host.ts';
import { headerValue } from './header-value.ts';

// A client pointed at `name:port` may sign what it sends: the Node SDK's v1 source string uses its endpoint
// verbatim, port included (its TC3 signature uses the bare name).
/** The canonical host (given, or Host without port), then Host verbatim when it is that host plus a port. */
export function hostCandidates(input: Pick<VerifyInput, 'request' | 'host'>): string[] {
  const raw = (headerValue(input.request.headers, 'host') ?? '').trim();
  const canonical = input.host ?? canonicalHost(raw);
  return raw !== canonical && canonicalHost(raw) === canonical ? [canonical, raw] : [canonical];
}
