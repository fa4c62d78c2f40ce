// RFC 3986 percent-encoding for query strings and form bodies: everything but unreserved characters is escaped.

/** Percent-encodes `s` per RFC 3986 (unreserved `A-Z a-z 0-9 - . _ ~` kept, upper-case hex); needs a well-formed string. */
export function percentEncode(s: string): string {
  return encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** Joins pairs as `k=v&k=v`, both sides percent-encoded, in the given order. */
export function encodePairs(pairs: ReadonlyArray<readonly [string, string]>): string {
  return pairs.map(([k, v]) => `${percentEncode(k)}=${percentEncode(v)}`).join('&');
}
