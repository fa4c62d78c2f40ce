// Shared wire-level types: what every layer (generators, checks, suites, mock, reports) speaks.
import type { SigningRule } from './signing-rules.ts';

/** The two products whose image-sharing actions tcconform judges. */
export type Product = 'lighthouse' | 'cvm';

/** Action parameters in their JSON shape (arrays as arrays, nested objects as objects). */
export type Params = Record<string, unknown>;

/** The three request forms the vendor's API 3.0 accepts. */
export type RequestForm = 'post-json' | 'get-query' | 'post-form';

/** Signature algorithms: TC3 (any form) and the legacy v1 HMACs (GET query, POST form). */
export type SignMethod = 'TC3-HMAC-SHA256' | 'HmacSHA1' | 'HmacSHA256';

/** An API key pair, with the session token of temporary credentials when there is one. */
export interface Credentials {
  readonly secretId: string;
  readonly secretKey: string;
  readonly token?: string;
}

/** One call of one action, before it is put on the wire. */
export interface ApiCall {
  /** Credential-scope service name, e.g. `lighthouse` or `cvm`. */
  readonly service: string;
  /** Canonical host name without port, e.g. `lighthouse.tencentcloudapi.com`. */
  readonly host: string;
  readonly action: string;
  readonly version: string;
  /** Omitted only by cases that test a missing Region. */
  readonly region?: string;
  readonly params: Params;
  readonly language?: 'zh-CN' | 'en-US';
}

/** A request exactly as sent (or received): method, path with query, headers (lower-case names), body. */
export interface WireRequest {
  readonly method: string;
  /** Path plus query string, e.g. `/` or `/?Action=...`. */
  readonly path: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
}

/** A response exactly as received. */
export interface WireResponse {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
}

/** Where time went in one exchange, in milliseconds. */
export interface Timings {
  readonly startedAt: string;
  readonly totalMs: number;
}

/** One request and what came back; `failure` is set when no HTTP response arrived. */
export interface Exchange {
  readonly url: string;
  readonly request: WireRequest;
  readonly response?: WireResponse;
  readonly failure?: { readonly code: string; readonly message: string };
  readonly timings: Timings;
}

/** The vendor envelope, parsed: success, error, or neither (the last is itself a finding). */
export type Envelope =
  | { readonly kind: 'success'; readonly requestId: string; readonly fields: Readonly<Record<string, unknown>> }
  | { readonly kind: 'error'; readonly requestId: string | undefined; readonly code: string; readonly message: string }
  | { readonly kind: 'neither'; readonly problem: string };

/** A small Result union: errors as values. */
export type Result<T, E> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: E };

/** A vendor common error (code from the API 3.0 common error list) produced by parsing or verifying a request. */
export interface VendorError {
  readonly code: string;
  readonly message: string;
}

/** Who signed a request that verified, and how. */
export interface VerifiedSignature {
  readonly secretId: string;
  readonly signMethod: SignMethod;
  readonly timestamp: number;
}

/** What a server knows when it checks a signature: the secret store, its own service name and clock. */
export interface VerifyInput {
  readonly request: WireRequest;
  /** Canonical host name without port; defaults to the request's Host header with the port stripped. */
  readonly host?: string;
  /** The SecretKey of a SecretId, or undefined when the SecretId is unknown. */
  readonly lookupSecret: (secretId: string) => string | undefined;
  /** The service the TC3 credential scope must name, e.g. `lighthouse`. */
  readonly service: string;
  /** The server's clock, unix seconds. */
  readonly now: number;
  /** Allowed clock difference either side, seconds; 300 unless told. */
  readonly maxSkewSeconds?: number;
  /** Signing rules left unenforced (a deliberately lax server, for self-tests); absent in every faithful use. */
  readonly unenforced?: ReadonlySet<SigningRule>;
}

/** An incoming request as a server sees it once parsed: which action, how it was signed, and its params. */
export interface IncomingCall {
  readonly form: RequestForm;
  readonly signMethod: SignMethod;
  readonly action: string;
  readonly version: string;
  readonly region: string | undefined;
  readonly token: string | undefined;
  readonly language: string | undefined;
  /** From the TC3 Credential or the v1 SecretId parameter; undefined when absent or unreadable. */
  readonly secretId: string | undefined;
  /** Unix seconds; undefined when absent or not a decimal integer (verification reports why). */
  readonly timestamp: number | undefined;
  /** v1 only. */
  readonly nonce: number | undefined;
  /** The request path without its query (API 3.0 always uses `/`). */
  readonly pathname: string;
  /** JSON body as parsed, or the unflattened query/form without the v1 common parameters (leaves are strings). */
  readonly params: Params;
}
