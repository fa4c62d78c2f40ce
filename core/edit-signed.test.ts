import { describe, it, expect } from 'vitest';
import { buildRequest } from './build-request.ts';
import { withHeader, withParam } from './edit-signed.ts';
import type { RequestForm, SignMethod } from './types.ts';
import { verifySignature } from './verify-signature.ts';

const credentials = { secretId: 'AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE', secretKey: 'Gu5t9xGARNpq86cd98joQYCN3EXAMPLE' };
const now = 1551113065;
const build = (form: RequestForm, signMethod: SignMethod) => {
  const b = buildRequest({ service: 'cvm', host: 'cvm.tencentcloudapi.com', action: 'DescribeImages', version: '2017-03-12', region: 'ap-guangzhou', params: { Limit: 1 } },
    { form, signMethod, credentials, timestamp: now });
  if (!b.ok) throw new Error(b.error.message);
  return b.value;
};
const code = (request: ReturnType<typeof build>) => {
  const r = verifySignature({ request, lookupSecret: () => credentials.secretKey, service: 'cvm', now });
  return r.ok ? 'ok' : r.error.code;
};

describe('edits after signing', () => {
  for (const [form, method] of [['post-json', 'TC3-HMAC-SHA256'], ['get-query', 'TC3-HMAC-SHA256'], ['get-query', 'HmacSHA1'], ['post-form', 'HmacSHA256']] as const) {
    it(`${form} ${method}: a changed or added parameter breaks the signature, the edit is where the form carries it`, () => {
      const wire = build(form, method);
      expect(code(wire)).toBe('ok');
      const changed = withParam(wire, 'Limit', 2);
      expect(`${changed.path} ${changed.body}`).toMatch(/"Limit":2|Limit=2/);
      expect(code(changed)).toBe('AuthFailure.SignatureFailure');
      expect(code(withParam(wire, 'Offset', 0))).toBe('AuthFailure.SignatureFailure');
    });
  }
  it('a signed header changed after signing breaks the TC3 signature; an unsigned one does not', () => {
    const wire = build('post-json', 'TC3-HMAC-SHA256');
    expect(code(withHeader(wire, 'content-type', 'application/json'))).toBe('AuthFailure.SignatureFailure');
    expect(code(withHeader(wire, 'x-tc-language', 'en-US'))).toBe('ok');
  });
});
