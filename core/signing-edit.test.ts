import { describe, expect, it } from 'vitest';
import { buildRequest } from './build-request.ts';
import { resignTc3 } from './resign-tc3.ts';
import { resignV1 } from './resign-v1.ts';
import { utcDate } from './sign-tc3.ts';
import { applySigningEdit, type SigningEdit } from './signing-edit.ts';
import type { SigningRule } from './signing-rules.ts';
import type { RequestForm, SignMethod, WireRequest } from './types.ts';
import { verifySignature } from './verify-signature.ts';

const ts = 1_700_000_000;
const keys = [
  { secretId: 'AKIDsigningEditFirstKey000000000000', secretKey: 'first-secret-key' },
  { secretId: 'AKIDsigningEditOtherKey000000000000', secretKey: 'other-secret-key' },
] as const;

function built(form: RequestForm, signMethod: SignMethod, key: (typeof keys)[number]): WireRequest {
  const b = buildRequest({ service: 'cvm', host: 'cvm.tencentcloudapi.com', action: 'DescribeImages', version: '2017-03-12', region: 'ap-guangzhou', params: { Limit: 1 } },
    { form, signMethod, credentials: key, timestamp: ts, nonce: 7 });
  if (!b.ok) throw new Error(b.error.message);
  return b.value;
}

const verify = (request: WireRequest, unenforced?: ReadonlySet<SigningRule>) => {
  const r = verifySignature({ request, lookupSecret: (id) => keys.find((k) => k.secretId === id)?.secretKey, service: 'cvm', now: ts, ...(unenforced ? { unenforced } : {}) });
  return r.ok ? 'ok' : r.error.code;
};

// Each edit as an auth case declares it, the form it is sent in, the code a faithful verifier answers, and for a variant
// the rule it breaks (an edit after signing changes what was signed, so no single unenforced rule lets it through).
const edits: readonly { edit: SigningEdit; form: RequestForm; sign: SignMethod; rule?: SigningRule; code: string }[] = [
  { edit: { kind: 'tc3-variant', variant: { scopeDateOffsetDays: -1 } }, form: 'post-json', sign: 'TC3-HMAC-SHA256', rule: 'tc3.scope-date', code: 'AuthFailure.InvalidAuthorization' },
  { edit: { kind: 'tc3-variant', variant: { scopeService: 'lighthouse' } }, form: 'post-json', sign: 'TC3-HMAC-SHA256', rule: 'tc3.scope-service', code: 'AuthFailure.SignatureFailure' },
  { edit: { kind: 'v1-variant', variant: {}, edit: { append: { Timestamp: '.5' } } }, form: 'post-form', sign: 'HmacSHA1', rule: 'v1.timestamp', code: 'InvalidParameterValue' },
  { edit: { kind: 'v1-variant', variant: { hash: 'HmacSHA1' } }, form: 'get-query', sign: 'HmacSHA256', rule: 'v1.signature-method', code: 'AuthFailure.SignatureFailure' },
  { edit: { kind: 'flip-signature' }, form: 'post-json', sign: 'TC3-HMAC-SHA256', code: 'AuthFailure.SignatureFailure' },
  { edit: { kind: 'flip-signature' }, form: 'post-form', sign: 'HmacSHA1', code: 'AuthFailure.SignatureFailure' },
  { edit: { kind: 'set-param', name: 'Limit', value: 2 }, form: 'get-query', sign: 'TC3-HMAC-SHA256', code: 'AuthFailure.SignatureFailure' },
  { edit: { kind: 'set-header', name: 'content-type', value: 'application/json' }, form: 'post-json', sign: 'TC3-HMAC-SHA256', code: 'AuthFailure.SignatureFailure' },
];

describe('applySigningEdit', () => {
  for (const e of edits) {
    it(`${JSON.stringify(e.edit)}: refused with ${e.code} whatever key signed it${e.rule ? `, accepted once ${e.rule} is unenforced` : ''}`, () => {
      for (const key of keys) {
        const request = applySigningEdit(built(e.form, e.sign, key), e.edit, key, 'cvm');
        expect(verify(built(e.form, e.sign, key))).toBe('ok');
        expect(verify(request)).toBe(e.code);
        if (e.rule) expect(verify(request, new Set([e.rule]))).toBe('ok');
      }
    });
  }

  it('is data: an edit read back from JSON makes the same request', () => {
    for (const e of edits) {
      const wire = built(e.form, e.sign, keys[0]);
      expect(applySigningEdit(wire, JSON.parse(JSON.stringify(e.edit)) as SigningEdit, keys[0], 'cvm')).toEqual(applySigningEdit(wire, e.edit, keys[0], 'cvm'));
    }
  });

  it('a relative scope date is the day before the request timestamp; a v1 append keeps the value sent', () => {
    const tc3 = built('post-json', 'TC3-HMAC-SHA256', keys[0]);
    expect(applySigningEdit(tc3, { kind: 'tc3-variant', variant: { scopeDateOffsetDays: -1 } }, keys[0], 'cvm'))
      .toEqual(resignTc3(tc3, keys[0], 'cvm', { scopeDate: utcDate(ts - 86_400) }));
    const v1 = built('post-form', 'HmacSHA1', keys[0]);
    expect(applySigningEdit(v1, { kind: 'v1-variant', variant: {}, edit: { append: { Timestamp: '.5' } } }, keys[0], 'cvm'))
      .toEqual(resignV1(v1, keys[0].secretKey, {}, { set: { Timestamp: `${ts}.5` } }));
  });

  it('set-method changes only the method', () => {
    const wire = built('post-json', 'TC3-HMAC-SHA256', keys[0]);
    expect(applySigningEdit(wire, { kind: 'set-method', method: 'PUT' }, keys[0], 'cvm')).toEqual({ ...wire, method: 'PUT' });
  });
});
