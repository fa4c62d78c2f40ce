// Every documented rule of TC3-HMAC-SHA256 (the API 3.0 signature page) as an auth case: each request is signed
// with the run's real key and breaks exactly one rule (core/sign-tc3-variant.ts, core/edit-signed.ts).

import type { SigningEdit, Tc3VariantSpec } from '../../core/signing-edit.ts';
import type { CallRequest } from '../harness/target-client.ts';
import { alternate, probeCall, type AuthCase, type AuthContext } from './auth-case.ts';
import { tokenRequests, unknownKey } from './credential-cases.ts';

/** The probe, POST JSON (or `form`), re-signed under `variant` once built. */
function variant(ctx: AuthContext, v: Tc3VariantSpec, form: 'post-json' | 'get-query' = 'post-json'): CallRequest {
  return probeCall(ctx, { form, signing: { kind: 'tc3-variant', variant: v } });
}

/** The probe with `edit` applied after signing. */
function edited(ctx: AuthContext, edit: SigningEdit, form: 'post-json' | 'get-query' = 'post-json'): CallRequest {
  return probeCall(ctx, { form, signing: edit });
}

const otherService = (service: string) => (service === 'cvm' ? 'lighthouse' : 'cvm');
const changed = (ctx: AuthContext): SigningEdit => ({ kind: 'set-param', name: ctx.probe.change.name, value: ctx.probe.change.value });

/** The TC3 cases, in the order of the signature page. */
export const tc3Cases: readonly AuthCase[] = [
  { id: 'tc3.bad-signature', rule: 'auth.bad-signature', title: 'a TC3 signature that does not match is refused',
    requests: (ctx) => [probeCall(ctx, { signing: { kind: 'flip-signature' } })] },
  { id: 'tc3.algorithm', rule: 'auth.tc3.algorithm', title: 'an algorithm name other than exactly TC3-HMAC-SHA256 is refused',
    requests: (ctx) => [variant(ctx, { algorithm: 'tc3-hmac-sha256' })] },
  { id: 'tc3.scope-terminator', rule: 'auth.tc3.scope-terminator', title: 'a credential scope not ending in tc3_request is refused',
    requests: (ctx) => [variant(ctx, { terminator: 'tc3-request' })] },
  { id: 'tc3.scope-date', rule: 'auth.tc3.scope-date', title: 'a credential scope dated the day before X-TC-Timestamp (UTC) is refused',
    requests: (ctx) => [variant(ctx, { scopeDateOffsetDays: -1 })] },
  { id: 'tc3.scope-service', rule: 'auth.tc3.scope-service', title: 'a credential scope naming the other product\'s service is refused',
    requests: (ctx) => [variant(ctx, { scopeService: otherService(ctx.op.service) })] },
  { id: 'tc3.signed-headers', rule: 'auth.tc3.signed-headers', title: 'SignedHeaders without content-type, or without host, is refused',
    requests: (ctx) => alternate(ctx, () => variant(ctx, { signedHeaders: ['host'] }), () => variant(ctx, { signedHeaders: ['content-type'] })) },
  { id: 'tc3.signed-header-changed', rule: 'auth.tc3.signed-header-changed', title: 'a signed header (content-type) changed after signing is refused',
    requests: (ctx) => alternate(ctx, () => variant(ctx, { signedHeaderValues: { 'content-type': '' } }), () => edited(ctx, { kind: 'set-header', name: 'content-type', value: 'application/json' })) },
  { id: 'tc3.method', rule: 'auth.tc3.method', title: 'a POST signed as a GET is refused',
    requests: (ctx) => [variant(ctx, { method: 'GET' })] },
  { id: 'tc3.path', rule: 'auth.tc3.path', title: 'a request signed over another canonical URI than / is refused',
    requests: (ctx) => [variant(ctx, { canonicalUri: '' })] },
  { id: 'tc3.query', rule: 'auth.tc3.query', title: 'a GET whose query changed after signing, or was signed as empty, is refused',
    requests: (ctx) => alternate(ctx, () => variant(ctx, { canonicalQuery: '' }, 'get-query'), () => edited(ctx, changed(ctx), 'get-query')) },
  { id: 'tc3.payload', rule: 'auth.tc3.payload', title: 'a body changed after signing, or signed as empty, is refused',
    requests: (ctx) => alternate(ctx, () => variant(ctx, { payload: '' }), () => edited(ctx, changed(ctx))) },
  { id: 'tc3.timestamp-window', rule: 'auth.expired-timestamp', title: 'an X-TC-Timestamp ten minutes behind, or ten minutes ahead, is refused',
    requests: (ctx) => alternate(ctx, () => probeCall(ctx, { timestamp: ctx.now + 600 }), () => probeCall(ctx, { timestamp: ctx.now - 600 })) },
  { id: 'tc3.unknown-secret-id', rule: 'auth.unknown-secret-id', title: 'a SecretId the server does not know is refused (TC3)',
    requests: (ctx) => [probeCall(ctx, { credentials: unknownKey })] },
  { id: 'tc3.token', rule: 'auth.bad-token', title: 'temporary credentials without their token, or a wrong token, are refused (TC3)',
    requests: (ctx) => tokenRequests(ctx, {}) },
];
