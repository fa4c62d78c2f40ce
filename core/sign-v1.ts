// The legacy v1 signature (HmacSHA1 / HmacSHA256) of the API 3.0 signature page: sign METHOD + host + path +
// "?" + the parameters sorted by name as raw `k=v` pairs; the signature is the base64 HMAC.
import { cachedHmacKey, hmacDigest } from './hmac.ts';

/** The v1 algorithms, named as the `SignatureMethod` parameter names them. */
export type V1Method = 'HmacSHA1' | 'HmacSHA256';

/** Everything the v1 signature covers; `params` must not include `Signature` itself. */
export interface V1Input {
  readonly method: string;
  readonly host: string;
  /** Always `/` for API 3.0. */
  readonly path?: string;
  readonly params: Readonly<Record<string, string>>;
  readonly secretKey: string;
  readonly signMethod: V1Method;
}

/** Byte-wise (UTF-16 code unit, i.e. ASCII for parameter names) comparison used for sorting names. */
export function compareAscii(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The source string: METHOD + host + path + `?` + sorted raw `k=v` joined with `&`. */
export function v1SourceString(input: Omit<V1Input, 'secretKey' | 'signMethod'>): string {
  const query = Object.keys(input.params)
    .sort(compareAscii)
    .map((k) => `${k}=${input.params[k] ?? ''}`)
    .join('&');
  return `${input.method.toUpperCase()}${input.host}${input.path ?? '/'}?${query}`;
}

/** Base64 HMAC of `source` with `secretKey`, SHA-1 or SHA-256 as `signMethod` says. */
export function v1Hmac(source: string, secretKey: string, signMethod: V1Method): string {
  return hmacDigest(cachedHmacKey(signMethod === 'HmacSHA1' ? 'sha1' : 'sha256', secretKey), source, 'base64');
}

/** Signs `input` with v1 and returns the base64 signature and the source string it covers. */
export function signV1(input: V1Input): { readonly signature: string; readonly source: string } {
  const source = v1SourceString(input);
  return { signature: v1Hmac(source, input.secretKey, input.signMethod), source };
}
