// Signs what a fuzzer sends: TC3 over any body text (valid JSON or not), v1 over any flat pairs (however deep),
// and core's buildRequest for ordinary params. Everything is signed with the default world's caller, so hostile
// bodies get past authentication and reach the parser, the validators and the business rules.
import { buildRequest } from '../../core/build-request.ts';
import { signTc3 } from '../../core/sign-tc3.ts';
import { signV1 } from '../../core/sign-v1.ts';
import { percentEncode } from '../../core/percent-encode.ts';
import type { Credentials, WireRequest } from '../../core/types.ts';
import { operationByKey } from '../../generated/operations.ts';
import { KEYS } from '../world/default-ids.ts';
import type { FuzzForm, FuzzOperation } from './hostile-recipe.ts';

const REGION = 'ap-guangzhou';

/** The product host a request for `op` names. */
export function hostOf(op: FuzzOperation): string {
  return operationByKey(op).hosts[0]?.host ?? `${operationByKey(op).service}.tencentcloudapi.com`;
}

/** A TC3-signed POST whose body is `body` exactly, valid JSON or not. */
export function signedJsonText(op: FuzzOperation, body: string, credentials: Credentials = KEYS.caller): WireRequest {
  const o = operationByKey(op);
  const timestamp = Math.floor(Date.now() / 1000);
  const headers: Record<string, string> = { host: hostOf(op), 'content-type': 'application/json', 'x-tc-action': o.action, 'x-tc-version': o.version,
    'x-tc-region': REGION, 'x-tc-timestamp': String(timestamp) };
  const { authorization } = signTc3({ method: 'POST', canonicalQuery: '', headers, signedHeaders: ['content-type', 'host'], payload: body, timestamp,
    service: o.service, secretId: credentials.secretId, secretKey: credentials.secretKey });
  return { method: 'POST', path: '/', headers: { ...headers, authorization }, body };
}

/** A v1-signed GET query or POST form carrying `pairs` as they are (names are not checked). */
export function signedV1Pairs(op: FuzzOperation, form: 'get' | 'form', pairs: ReadonlyArray<readonly [string, string]>, credentials: Credentials = KEYS.caller): WireRequest {
  const o = operationByKey(op);
  const params: Record<string, string> = { ...Object.fromEntries(pairs), Action: o.action, Version: o.version, Region: REGION,
    Timestamp: String(Math.floor(Date.now() / 1000)), Nonce: '12345', SecretId: credentials.secretId, SignatureMethod: 'HmacSHA256' };
  const method = form === 'get' ? 'GET' : 'POST';
  const { signature } = signV1({ method, host: hostOf(op), params, secretKey: credentials.secretKey, signMethod: 'HmacSHA256' });
  const encoded = [...Object.entries(params), ['Signature', signature]].map(([k, v]) => `${percentEncode(k ?? '')}=${percentEncode(v ?? '')}`).join('&');
  return form === 'get'
    ? { method, path: `/?${encoded}`, headers: { host: hostOf(op) }, body: '' }
    : { method, path: '/', headers: { host: hostOf(op), 'content-type': 'application/x-www-form-urlencoded' }, body: encoded };
}

/** Ordinary params through core's buildRequest; undefined when core refuses to build them (e.g. lone surrogates). */
export function signedParams(op: FuzzOperation, form: FuzzForm, params: Readonly<Record<string, unknown>>): WireRequest | undefined {
  const o = operationByKey(op);
  const built = buildRequest({ service: o.service, host: hostOf(op), action: o.action, version: o.version, region: REGION, params: { ...params } },
    form === 'json' ? { form: 'post-json', signMethod: 'TC3-HMAC-SHA256', credentials: KEYS.caller }
      : form === 'get' ? { form: 'get-query', signMethod: 'HmacSHA256', credentials: KEYS.caller } : { form: 'post-form', signMethod: 'HmacSHA1', credentials: KEYS.caller });
  return built.ok ? built.value : undefined;
}
