// Every documented rule of the v1 signature (HmacSHA1 / HmacSHA256, GET query or POST form) as an auth case: each
// request is signed with the run's real key and breaks exactly one rule (core/sign-v1-variant.ts, core/resign-v1.ts).

import type { V1Edit } from '../../core/resign-v1.ts';
import type { V1Variant } from '../../core/sign-v1-variant.ts';
import type { RequestForm, SignMethod } from '../../core/types.ts';
import { V1_COMMON_PARAMS } from '../../core/v1-common-params.ts';
import type { CallRequest } from '../harness/target-client.ts';
import { alternate, probeCall, type AuthCase, type AuthContext } from './auth-case.ts';
import { tokenRequests, unknownKey } from './credential-cases.ts';

type V1Shape = { readonly form: RequestForm; readonly signMethod: SignMethod };
const GET_SHA256: V1Shape = { form: 'get-query', signMethod: 'HmacSHA256' };
const FORM_SHA1: V1Shape = { form: 'post-form', signMethod: 'HmacSHA1' };
const FLIP = { kind: 'flip-signature' } as const;

/** The probe as a v1 request, re-signed under `variant` after `edit` once built. */
function variant(ctx: AuthContext, v: V1Variant, edit: V1Edit = {}, shape: V1Shape = GET_SHA256): CallRequest {
  return probeCall(ctx, { ...shape, signing: { kind: 'v1-variant', variant: v, ...(Object.keys(edit).length === 0 ? {} : { edit }) } });
}

/** The v1 cases: the string to sign, SignatureMethod, Nonce and Timestamp, the key and the token. */
export const v1Cases: readonly AuthCase[] = [
  { id: 'v1.bad-signature', rule: 'auth.bad-signature', title: 'a v1 signature that does not match is refused (GET HmacSHA256, POST form HmacSHA1)',
    requests: (ctx) => alternate(ctx, () => probeCall(ctx, { ...GET_SHA256, signing: FLIP }), () => probeCall(ctx, { ...FORM_SHA1, signing: FLIP })) },
  { id: 'v1.method', rule: 'auth.v1.method', title: 'a GET signed as a POST is refused',
    requests: (ctx) => [variant(ctx, { method: 'POST' })] },
  { id: 'v1.host', rule: 'auth.v1.host', title: 'a request whose string to sign leaves out the host is refused',
    requests: (ctx) => [variant(ctx, { host: '' })] },
  { id: 'v1.path', rule: 'auth.v1.path', title: 'a request signed over another path than / is refused',
    requests: (ctx) => [variant(ctx, { path: '' })] },
  { id: 'v1.sorted', rule: 'auth.v1.sorted', title: 'parameters signed in the order sent, not sorted by name, are refused',
    requests: (ctx) => [variant(ctx, { order: 'as-given' })] },
  { id: 'v1.params', rule: 'auth.v1.params', title: 'a parameter changed after signing, or action parameters left out of the signature, are refused',
    requests: (ctx) => alternate(ctx, () => variant(ctx, { only: [...V1_COMMON_PARAMS] }), () => probeCall(ctx, { ...FORM_SHA1, signing: { kind: 'set-param', name: ctx.probe.change.name, value: ctx.probe.change.value } })) },
  { id: 'v1.signature-method', rule: 'auth.v1.signature-method', title: 'a signature made with the other hash than SignatureMethod declares is refused',
    requests: (ctx) => alternate(ctx, () => variant(ctx, { hash: 'HmacSHA1' }), () => variant(ctx, { hash: 'HmacSHA256' }, {}, FORM_SHA1)) },
  { id: 'v1.nonce', rule: 'auth.v1.nonce', title: 'a v1 request without Nonce, or with a negative one, is refused',
    requests: (ctx) => alternate(ctx, () => variant(ctx, {}, { remove: ['Nonce'] }), () => variant(ctx, {}, { set: { Nonce: '-1' } }, FORM_SHA1)) },
  { id: 'v1.timestamp', rule: 'auth.v1.timestamp', title: 'a v1 request without Timestamp, or with one that is not unix seconds, is refused',
    requests: (ctx) => alternate(ctx, () => variant(ctx, {}, { remove: ['Timestamp'] }), () => variant(ctx, {}, { append: { Timestamp: '.5' } }, FORM_SHA1)) },
  { id: 'v1.timestamp-window', rule: 'auth.expired-timestamp', title: 'a v1 Timestamp ten minutes behind, or ten minutes ahead, is refused',
    requests: (ctx) => alternate(ctx, () => probeCall(ctx, { ...FORM_SHA1, timestamp: ctx.now + 600 }), () => probeCall(ctx, { ...GET_SHA256, timestamp: ctx.now - 600 })) },
  { id: 'v1.unknown-secret-id', rule: 'auth.unknown-secret-id', title: 'a SecretId the server does not know is refused (v1)',
    requests: (ctx) => [probeCall(ctx, { ...GET_SHA256, credentials: unknownKey })] },
  { id: 'v1.token', rule: 'auth.bad-token', title: 'temporary credentials without their token, or a wrong token, are refused (v1)',
    requests: (ctx) => tokenRequests(ctx, GET_SHA256) },
];
