// A deliberate change to how a request is signed, as data rather than code: the signing variant an auth case signs
// under (one rule broken, core/sign-tc3-variant.ts, core/sign-v1-variant.ts) or the edit it makes after signing
// (core/edit-signed.ts). Being data, a recording can name it (never the signature, key or token it produced) and
// parity can apply the same change to a request it signs with other keys.

import type { WireRequest } from './types.ts';
import { withHeader, withParam } from './edit-signed.ts';
import { headerValue } from './header-value.ts';
import { resignTc3, type SigningKey } from './resign-tc3.ts';
import { resignV1, type V1Edit } from './resign-v1.ts';
import { utcDate } from './sign-tc3.ts';
import type { Tc3Variant } from './sign-tc3-variant.ts';
import type { V1Variant } from './sign-v1-variant.ts';

/** A TC3 variant as data: the scope date, when broken, is given in days from the request's X-TC-Timestamp (UTC). */
export type Tc3VariantSpec = Omit<Tc3Variant, 'scopeDate'> & { readonly scopeDateOffsetDays?: number };

/** One deliberate signing change: re-signed under a variant, or edited after signing (the signature left as it was). */
export type SigningEdit =
  | { readonly kind: 'tc3-variant'; readonly variant: Tc3VariantSpec }
  | { readonly kind: 'v1-variant'; readonly variant: V1Variant; readonly edit?: V1Edit }
  | { readonly kind: 'flip-signature' }
  | { readonly kind: 'set-param'; readonly name: string; readonly value: string | number }
  | { readonly kind: 'set-header'; readonly name: string; readonly value: string }
  | { readonly kind: 'set-method'; readonly method: string };

/** `wire` (as buildRequest signed it with `key` for `service`) with `edit` applied. */
export function applySigningEdit(wire: WireRequest, edit: SigningEdit, key: SigningKey, service: string): WireRequest {
  switch (edit.kind) {
    case 'tc3-variant': return resignTc3(wire, key, service, tc3Variant(wire, edit.variant));
    case 'v1-variant': return resignV1(wire, key.secretKey, edit.variant, edit.edit);
    case 'flip-signature': return flipSignature(wire);
    case 'set-param': return withParam(wire, edit.name, edit.value);
    case 'set-header': return withHeader(wire, edit.name, edit.value);
    case 'set-method': return { ...wire, method: edit.method };
  }
}

/** The Tc3Variant of `spec` for `wire`: a relative scope date made absolute from the request's timestamp. */
function tc3Variant(wire: WireRequest, spec: Tc3VariantSpec): Tc3Variant {
  const { scopeDateOffsetDays: days, ...rest } = spec;
  if (days === undefined) return rest;
  return { ...rest, scopeDate: utcDate(Number(headerValue(wire.headers, 'x-tc-timestamp')) + days * 86_400) };
}

/** Rewrites the signature's first character: what any non-matching signature looks like (header, query or form). */
export function flipSignature(w: WireRequest): WireRequest {
  const auth = w.headers['authorization'];
  if (auth !== undefined) return { ...w, headers: { ...w.headers, authorization: auth.replace(/Signature=([0-9a-f])/, (_m, c: string) => `Signature=${c === '0' ? '1' : '0'}`) } };
  const flip = (text: string) => text.replace(/Signature=([^&])/, (_m, c: string) => `Signature=${c === 'A' ? 'B' : 'A'}`);
  return { ...w, path: flip(w.path), body: flip(w.body) };
}
