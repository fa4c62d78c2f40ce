// What a TC3 verifier told to leave some signing rules unenforced still accepts: the signature recomputed the way a
// target ignoring each rule would (the claimed scope date, the other method, an empty URI, query or payload, a
// signed header's value left out). Never used by a faithful verifier.
import type { SigningRule } from './signing-rules.ts';
import type { Tc3Authorization } from './parse-authorization.ts';
import { constantTimeEqual } from './constant-time-equal.ts';
import type { Tc3Input } from './sign-tc3.ts';
import { signTc3Variant, type Tc3Variant } from './sign-tc3-variant.ts';

/** Whether `auth.signature` matches `base` under any variant the `unenforced` rules tolerate. */
export function laxTc3Match(base: Tc3Input, auth: Tc3Authorization, unenforced: ReadonlySet<SigningRule>): boolean {
  return laxVariants(base, auth, unenforced).some((v) => constantTimeEqual(signTc3Variant(base, v).signature, auth.signature));
}

function laxVariants(base: Tc3Input, auth: Tc3Authorization, unenforced: ReadonlySet<SigningRule>): Tc3Variant[] {
  const date: Tc3Variant = unenforced.has('tc3.scope-date') ? { scopeDate: auth.date } : {};
  const variants: Tc3Variant[] = [date];
  if (unenforced.has('tc3.method')) variants.push({ ...date, method: base.method.toUpperCase() === 'GET' ? 'POST' : 'GET' });
  if (unenforced.has('tc3.path')) variants.push({ ...date, canonicalUri: '' });
  if (unenforced.has('tc3.query')) variants.push({ ...date, canonicalQuery: '' });
  if (unenforced.has('tc3.payload')) variants.push({ ...date, payload: '' });
  if (unenforced.has('tc3.signed-header-changed')) {
    for (const name of auth.signedHeaders) variants.push({ ...date, signedHeaderValues: { [name]: '' } });
  }
  return variants;
}
