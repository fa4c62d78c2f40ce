// Protocol error templates of the mock's request pipeline: vendor common codes with precise messages.
import type { VendorError } from '../../core/types.ts';

/** The body size limits of the request-structure page, in bytes. */
export const SIZE_LIMITS = { get: 32 * 1024, v1Post: 1024 * 1024, tc3Post: 10 * 1024 * 1024 } as const;

/** Named templates for every protocol-level refusal. */
export const protocolErrors = {
  tooLarge: (what: string, limit: number): VendorError => ({
    code: 'RequestSizeLimitExceeded',
    message: `${what} exceeds the ${limit / 1024} KB limit`,
  }),
  method: (method: string): VendorError => ({ code: 'UnsupportedProtocol', message: `HTTP method ${method} is not supported; use GET or POST` }),
  malformedHttp: (why: string): VendorError => ({ code: 'InvalidRequest', message: `the HTTP request is malformed: ${why}` }),
  timeout: (): VendorError => ({ code: 'InvalidRequest', message: 'the request was not received completely in time' }),
  invalidAction: (action: string): VendorError => ({ code: 'InvalidAction', message: `the action ${action} does not exist` }),
  noSuchVersion: (action: string, version: string): VendorError => ({ code: 'NoSuchVersion', message: `${action} has no version ${version}` }),
  missingRegion: (): VendorError => ({ code: 'MissingParameter', message: 'the Region parameter is missing' }),
  unsupportedRegion: (region: string, action: string): VendorError => ({ code: 'UnsupportedRegion', message: `${action} is not available in region ${region}` }),
  language: (value: string): VendorError => ({ code: 'InvalidParameterValue', message: `Language must be zh-CN or en-US, got '${value}'` }),
  tokenWithPermanentKey: (): VendorError => ({ code: 'AuthFailure.TokenFailure', message: 'a token was sent with a permanent SecretId' }),
  tokenMismatch: (): VendorError => ({ code: 'AuthFailure.TokenFailure', message: 'the token is missing or does not belong to this temporary SecretId' }),
  secretIdMissing: (): VendorError => ({ code: 'AuthFailure.InvalidAuthorization', message: 'the request names no SecretId' }),
  secretIdNotFound: (id: string): VendorError => ({ code: 'AuthFailure.SecretIdNotFound', message: `SecretId ${id} is not known` }),
  timestampMissing: (): VendorError => ({ code: 'MissingParameter', message: 'the Timestamp is missing' }),
  expired: (ts: number, now: number): VendorError => ({ code: 'AuthFailure.SignatureExpire', message: `timestamp ${ts} is ${now - ts} s from server time ${now}` }),
  rateLimited: (action: string, limit: number): VendorError => ({
    code: 'RequestLimitExceeded',
    message: `${action} allows ${limit} requests per second per account`,
  }),
  internal: (): VendorError => ({ code: 'InternalError', message: 'an internal error occurred; try again later' }),
  unexpected: (): VendorError => ({ code: 'InternalError', message: 'the mock could not handle this request' }),
};
