// Deliberately malformed TC3-HMAC-SHA256 signatures, for the auth cases that prove a target enforces each signing
// rule. Pure and uncached (the faithful, cached signer is signTc3); every variant changes exactly one piece.
import { createHmac } from 'node:crypto';
import { lowerCaseNames } from './header-value.ts';
import { canonicalHeaders, normalizeSignedHeaders, sha256Hex, TC3_ALGORITHM, utcDate, type Tc3Input, type Tc3Signature } from './sign-tc3.ts';

/** What a variant signs or claims instead of what the signature page says; absent pieces stay faithful. */
export interface Tc3Variant {
  /** Algorithm name written in the Authorization header (the signature itself stays TC3-HMAC-SHA256). */
  readonly algorithm?: string;
  /** Credential terminator written in the header (the key is still derived with `tc3_request`). */
  readonly terminator?: string;
  /** Credential-scope date, used for the key and the string to sign as a sloppy signer would. */
  readonly scopeDate?: string;
  /** Credential-scope service, used for the key and the string to sign. */
  readonly scopeService?: string;
  /** SignedHeaders named and signed instead of the input's. */
  readonly signedHeaders?: readonly string[];
  /** Header values signed instead of those sent (lower-case names). */
  readonly signedHeaderValues?: Readonly<Record<string, string>>;
  /** Canonical request pieces signed instead of those sent. */
  readonly method?: string;
  readonly canonicalUri?: string;
  readonly canonicalQuery?: string;
  readonly payload?: string;
}

/** Signs `input` with `variant` applied; with an empty variant this equals signTc3 (tested on the official vector). */
export function signTc3Variant(input: Tc3Input, variant: Tc3Variant): Tc3Signature {
  const names = normalizeSignedHeaders(variant.signedHeaders ?? input.signedHeaders);
  const headers = { ...lowerCaseNames(input.headers), ...variant.signedHeaderValues };
  const canonical = [
    (variant.method ?? input.method).toUpperCase(),
    variant.canonicalUri ?? input.canonicalUri ?? '/',
    variant.canonicalQuery ?? input.canonicalQuery,
    canonicalHeaders(headers, names),
    names.join(';'),
    sha256Hex(variant.payload ?? input.payload),
  ].join('\n');
  const date = variant.scopeDate ?? utcDate(input.timestamp);
  const service = variant.scopeService ?? input.service;
  const credentialScope = `${date}/${service}/tc3_request`;
  const stringToSign = `${TC3_ALGORITHM}\n${input.timestamp}\n${credentialScope}\n${sha256Hex(canonical)}`;
  const kDate = hmac(`TC3${input.secretKey}`, date);
  const signature = hmac(hmac(hmac(kDate, service), 'tc3_request'), stringToSign).toString('hex');
  const claimedScope = `${date}/${service}/${variant.terminator ?? 'tc3_request'}`;
  const signedHeaders = names.join(';');
  const authorization = `${variant.algorithm ?? TC3_ALGORITHM} Credential=${input.secretId}/${claimedScope}, SignedHeaders=${signedHeaders}, Signature=${signature}`;
  return { authorization, signature, canonicalRequest: canonical, stringToSign, credentialScope: claimedScope, signedHeaders };
}

function hmac(key: string | Buffer, data: string): Buffer {
  return createHmac('sha256', key).update(data, 'utf8').digest();
}
