// The server side of buildRequest: a received WireRequest → which action, how it was signed, and its params.
// Signatures are not checked here (verifySignature does that); size limits are the server's business.
//
// Error codes chosen (vendor common codes, API 3.0 common error page):
//   method other than GET/POST → UnsupportedProtocol; POST with another Content-Type → InvalidRequest;
//   bad SignatureMethod → InvalidParameterValue; missing Action or Version → MissingParameter;
//   malformed JSON, a body that is not a JSON object, bad percent-encoding, repeated names, or flat names that
//   do not rebuild (gap, duplicate, value-and-children) → InvalidParameter.
import type { IncomingCall, Params, Result, VendorError, WireRequest } from './types.ts';
import { detectForm } from './detect-form.ts';
import { headerValue } from './header-value.ts';
import { parseAuthorization } from './parse-authorization.ts';
import { parseQuery } from './parse-query.ts';
import { readV1Params } from './read-v1-params.ts';
import { splitPath } from './split-path.ts';
import { unflatten } from './unflatten.ts';
import { V1_COMMON_PARAMS } from './v1-common-params.ts';
import { vendorError } from './vendor-error.ts';

type Parsed = Result<IncomingCall, VendorError>;

const DIGITS = /^\d{1,15}$/;
const BLANK = /^\s*$/;

/** Parses a received request into an IncomingCall; failures carry the vendor common code a server would answer. */
export function parseIncoming(request: WireRequest): Result<IncomingCall, VendorError> {
  const detected = detectForm(request);
  if (!detected.ok) return detected;
  const { form, signMethod } = detected.value;
  const pathname = splitPath(request.path).pathname;
  if (signMethod !== 'TC3-HMAC-SHA256') return parseV1(request, { form, signMethod, pathname });
  const headers = request.headers;
  const action = headerValue(headers, 'x-tc-action');
  const version = headerValue(headers, 'x-tc-version');
  if (!action) return missing('X-TC-Action');
  if (!version) return missing('X-TC-Version');
  const params = form === 'post-json' ? jsonParams(request.body) : queryParams(splitPath(request.path).query);
  if (!params.ok) return params;
  const auth = parseAuthorization(headerValue(headers, 'authorization') ?? '');
  return ok({
    form,
    signMethod,
    action,
    version,
    region: headerValue(headers, 'x-tc-region'),
    token: headerValue(headers, 'x-tc-token'),
    language: headerValue(headers, 'x-tc-language'),
    secretId: auth.ok ? auth.value.secretId : undefined,
    timestamp: integerOrUndefined(headerValue(headers, 'x-tc-timestamp')),
    nonce: undefined,
    pathname,
    params: params.value,
  });
}

function parseV1(request: WireRequest, base: Pick<IncomingCall, 'form' | 'signMethod' | 'pathname'>): Parsed {
  const read = readV1Params(request);
  if (!read.ok) return read;
  const all = read.value;
  const action = all.get('Action');
  const version = all.get('Version');
  if (!action) return missing('Action');
  if (!version) return missing('Version');
  const rebuilt = unflatten([...all].filter(([name]) => !V1_COMMON_PARAMS.has(name)));
  if (!rebuilt.ok) return { ok: false, error: vendorError('InvalidParameter', rebuilt.error) };
  return ok({
    ...base,
    action,
    version,
    region: all.get('Region'),
    token: all.get('Token'),
    language: all.get('Language'),
    secretId: all.get('SecretId') || undefined,
    timestamp: integerOrUndefined(all.get('Timestamp')),
    nonce: integerOrUndefined(all.get('Nonce')),
    params: rebuilt.value,
  });
}

/** An empty body counts as `{}`; anything else must be a JSON object. */
function jsonParams(body: string): Result<Params, VendorError> {
  if (BLANK.test(body)) return { ok: true, value: {} };
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch (error) {
    return { ok: false, error: vendorError('InvalidParameter', `the request body is not valid JSON: ${(error as Error).message}`) };
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    const kind = parsed === null ? 'null' : Array.isArray(parsed) ? 'an array' : typeof parsed;
    return { ok: false, error: vendorError('InvalidParameter', `the request body must be a JSON object, got ${kind}`) };
  }
  return { ok: true, value: parsed as Params };
}

function queryParams(query: string): Result<Params, VendorError> {
  const pairs = parseQuery(query);
  if (!pairs.ok) return { ok: false, error: vendorError('InvalidParameter', `query string: ${pairs.error}`) };
  const rebuilt = unflatten(pairs.value);
  return rebuilt.ok ? rebuilt : { ok: false, error: vendorError('InvalidParameter', rebuilt.error) };
}

function integerOrUndefined(raw: string | undefined): number | undefined {
  return raw !== undefined && DIGITS.test(raw) ? Number(raw) : undefined;
}

function missing(name: string): Parsed {
  return { ok: false, error: vendorError('MissingParameter', `the ${name} parameter is missing`) };
}

function ok(value: IncomingCall): Parsed {
  return { ok: true, value };
}
