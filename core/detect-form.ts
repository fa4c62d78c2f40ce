// Which request form and signature method an incoming request uses, decided from method, headers and params.
import type { RequestForm, Result, SignMethod, VendorError, WireRequest } from './types.ts';
import { headerValue } from './header-value.ts';
import { mediaType } from './media-type.ts';
import { readV1Params } from './read-v1-params.ts';
import { vendorError } from './vendor-error.ts';

/** The form of a request and the signature method it claims. */
export interface DetectedForm {
  readonly form: RequestForm;
  readonly signMethod: SignMethod;
}

// GET with an Authorization or X-TC-Action header is TC3, any other GET is v1; POST is chosen by Content-Type
// (JSON → TC3, x-www-form-urlencoded → v1). Other methods: UnsupportedProtocol; other POST bodies: InvalidRequest.
/** The form and claimed sign method of a request, or the vendor error a server would answer. */
export function detectForm(request: WireRequest): Result<DetectedForm, VendorError> {
  const method = request.method.toUpperCase();
  if (method === 'GET') {
    const tc3 = headerValue(request.headers, 'authorization') !== undefined || headerValue(request.headers, 'x-tc-action') !== undefined;
    return tc3 ? ok('get-query', 'TC3-HMAC-SHA256') : v1Form(request, 'get-query');
  }
  if (method !== 'POST') {
    return { ok: false, error: vendorError('UnsupportedProtocol', `HTTP method ${request.method} is not supported; use GET or POST`) };
  }
  const type = mediaType(headerValue(request.headers, 'content-type'));
  if (type === 'application/json') return ok('post-json', 'TC3-HMAC-SHA256');
  if (type === 'application/x-www-form-urlencoded') return v1Form(request, 'post-form');
  const shown = type === '' ? 'no Content-Type' : `Content-Type '${type}'`;
  return { ok: false, error: vendorError('InvalidRequest', `POST with ${shown} is not supported; use application/json or application/x-www-form-urlencoded`) };
}

function v1Form(request: WireRequest, form: RequestForm): Result<DetectedForm, VendorError> {
  const params = readV1Params(request);
  if (!params.ok) return params;
  const declared = params.value.get('SignatureMethod');
  if (declared === undefined || declared === 'HmacSHA1') return ok(form, 'HmacSHA1');
  if (declared === 'HmacSHA256') return ok(form, 'HmacSHA256');
  return { ok: false, error: vendorError('InvalidParameterValue', `SignatureMethod must be HmacSHA1 or HmacSHA256, got '${declared}'`) };
}

function ok(form: RequestForm, signMethod: SignMethod): Result<DetectedForm, VendorError> {
  return { ok: true, value: { form, signMethod } };
}
