// Every documented rule of TC3-HMAC-SHA256 (the API 3.0 signature page) as an auth case: each request is signed
// with the run's real key and breaks exactly one rule (core/sign-tc3-variant.ts, core/edit-signed.ts).

import { withHeader, withParam } from '../../core/edit-signed.ts';
import { resignTc3 } from '../../core/resign-tc3.ts';
import { utcDate } from '../../core/sign-tc3.ts';
import type { Tc3Variant } from '../../core/sign-tc3-variant.ts';
import type { WireRequest } from '../../core/types.ts';
import type { CallRequest } from '../harness/target-client.ts';
import { alternate, flipSignature, probeCall, type AuthCase, type AuthContext } from './auth-case.ts';
import { tokenRequests, unknownKey } from './credential-cases.ts';

/** The probe, POST JSON (or `form`), re-signed under `variant` once built. */
function variant(ctx: AuthContext, v: Tc3Variant | ((w: WireRequest) => Tc3Variant), form: 'post-json' | 'get-query' = 'post-json'): CallRequest {
  const tamper = (w: WireRequest) => resignTc3(w, ctx.credentials, ctx.op.service, typeof v === 'function' ? v(w) : v);
  return probeCall(ctx, { form, tamper });
}

/** The probe with `edit` applied after signing. */
function edited(ctx: AuthContext, edit: (w: WireRequest) => WireRequest, form: 'post-json' | 'get-query' = 'post-json'): CallRequest {
  return probeCall(ctx, { form, tamper: edit });
}

const otherService = (service: string) => (service === 'cvm' ? 'lighthouse' : 'cvm');
const dayBefore = (w: WireRequest) => utcDate(Number(w.headers['x-tc-timestamp']) - 86_400);

/** The TC3 cases, in the order of the signature page. */
export const tc3Cases: readonly AuthCase[] = [
  { id: 'tc3.bad-signature', rule: 'auth.bad-signature', title: 'a TC3 signature that does not match is refused',
    requests: (ctx) => [probeCall(ctx, { tamper: flipSignature })] },
  { id: 'tc3.algorithm', rule: 'auth.tc3.algorithm', title: 'an algorithm name other than exactly TC3-HMAC-SHA256 is refused',
    requests: (ctx) => [variant(ctx, { algorithm: 'tc3-hmac-sha256' })] },
  { id: 'tc3.scope-terminator', rule: 'auth.tc3.scope-terminator', title: 'a credential scope not ending in tc3_request is refused',
    requests: (ctx) => [variant(ctx, { terminator: 'tc3-request' })] },
  { id: 'tc3.scope-date', rule: 'auth.tc3.scope-date', title: 'a credential scope dated the day before X-TC-Timestamp (UTC) is refused',
    requests: (ctx) => [variant(ctx, (w) => ({ scopeDate: dayBefore(w) }))] },
  { id: 'tc3.scope-service', rule: 'auth.tc3.scope-service', title: 'a credential scope naming the other product\'s service is refused',
    requests: (ctx) => [variant(ctx, { scopeService: otherService(ctx.op.service) })] },
  { id: 'tc3.signed-headers', rule: 'auth.tc3.signed-headers', title: 'SignedHeaders without content-type, or without host, is refused',
    requests: (ctx) => alternate(ctx, () => variant(ctx, { signedHeaders: ['host'] }), () => variant(ctx, { signedHeaders: ['content-type'] })) },
  { id: 'tc3.signed-header-changed', rule: 'auth.tc3.signed-header-changed', title: 'a signed header (content-type) changed after signing is refused',
    requests: (ctx) => alternate(ctx, () => variant(ctx, { signedHeaderValues: { 'content-type': '' } }), () => edited(ctx, (w) => withHeader(w, 'content-type', 'application/json'))) },
  { id: 'tc3.method', rule: 'auth.tc3.method', title: 'a POST signed as a GET is refused',
    requests: (ctx) => [variant(ctx, { method: 'GET' })] },
  { id: 'tc3.path', rule: 'auth.tc3.path', title: 'a request signed over another canonical URI than / is refused',
    requests: (ctx) => [variant(ctx, { canonicalUri: '' })] },
  { id: 'tc3.query', rule: 'auth.tc3.query', title: 'a GET whose query changed after signing, or was signed as empty, is refused',
    requests: (ctx) => alternate(ctx, () => variant(ctx, { canonicalQuery: '' }, 'get-query'), () => edited(ctx, (w) => withParam(w, ctx.probe.change.name, ctx.probe.change.value), 'get-query')) },
  { id: 'tc3.payload', rule: 'auth.tc3.payload', title: 'a body changed after signing, or signed as empty, is refused',
    requests: (ctx) => alternate(ctx, () => variant(ctx, { payload: '' }), () => edited(ctx, (w) => withParam(w, ctx.probe.change.name, ctx.probe.change.value))) },
  { id: 'tc3.timestamp-window', rule: 'auth.expired-timestamp', title: 'an X-TC-Timestamp ten minutes behind, or ten minutes ahead, is refused',
    requests: (ctx) => alternate(ctx, () => probeCall(ctx, { timestamp: ctx.now + 600 }), () => probeCall(ctx, { timestamp: ctx.now - 600 })) },
  { id: 'tc3.unknown-secret-id', rule: 'auth.unknown-secret-id', title: 'a SecretId the server does not know is refused (TC3)',
    requests: (ctx) => [probeCall(ctx, { credentials: unknownKey })] },
  { id: 'tc3.token', rule: 'auth.bad-token', title: 'temporary credentials without their token, or a wrong token, are refused (TC3)',
    requests: (ctx) => tokenRequests(ctx, {}) },
];
