// Deliberately malformed v1 (HmacSHA1 / HmacSHA256) signatures, for the auth cases that prove a target enforces
// each rule of the source string. Pure; with an empty variant the result equals signV1 (the official vectors).
import { compareAscii, v1Hmac, type V1Input, type V1Method } from './sign-v1.ts';

/** What a variant signs instead of what the signature page says; absent pieces stay faithful. */
export interface V1Variant {
  /** Method, host and path put in the source string instead of those sent. */
  readonly method?: string;
  readonly host?: string;
  readonly path?: string;
  /** `as-given`: parameters in the order given (the order sent), not sorted by name. */
  readonly order?: 'sorted' | 'as-given';
  /** Only these parameters are signed (the others are, in effect, added after signing). */
  readonly only?: readonly string[];
  /** The HMAC used, whatever SignatureMethod declares. */
  readonly hash?: V1Method;
}

/** The source string of `input` under `variant`. */
export function v1VariantSource(input: Omit<V1Input, 'secretKey' | 'signMethod'>, variant: V1Variant): string {
  const only = variant.only;
  const names = Object.keys(input.params).filter((n) => only === undefined || only.includes(n));
  if (variant.order !== 'as-given') names.sort(compareAscii);
  const query = names.map((k) => `${k}=${input.params[k] ?? ''}`).join('&');
  return `${(variant.method ?? input.method).toUpperCase()}${variant.host ?? input.host}${variant.path ?? input.path ?? '/'}?${query}`;
}

/** Signs `input` under `variant`: the base64 signature and the source string it covers. */
export function signV1Variant(input: V1Input, variant: V1Variant): { readonly signature: string; readonly source: string } {
  const source = v1VariantSource(input, variant);
  return { signature: v1Hmac(source, input.secretKey, variant.hash ?? input.signMethod), source };
}
