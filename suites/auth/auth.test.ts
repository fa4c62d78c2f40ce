// auth_conformance: bad signatures, expired timestamps, unknown keys, tampered bodies and bad tokens are refused
// with the documented common codes, on both products, for TC3 and v1 signatures.

import { describe } from 'vitest';
import { operationByKey } from '../../generated/operations.ts';
import type { CallRequest } from '../harness/target-client.ts';
import { protocolRuleOf } from '../harness/rule-of.ts';
import { conformanceCase } from '../harness/conformance-case.ts';
import type { WireRequest } from '../../core/types.ts';

const probes = [
  { op: operationByKey('lighthouse.DescribeBlueprints'), params: { Limit: 1 } },
  { op: operationByKey('cvm.DescribeImages'), params: { Limit: 1 } },
];

const rule = protocolRuleOf;

const flipSignature = (w: WireRequest): WireRequest => {
  const auth = w.headers['authorization'];
  if (auth !== undefined) return { ...w, headers: { ...w.headers, authorization: auth.replace(/Signature=([0-9a-f])/, (_m, c: string) => `Signature=${c === '0' ? '1' : '0'}`) } };
  return { ...w, path: w.path.replace(/Signature=([^&])/, (_m, c: string) => `Signature=${c === 'A' ? 'B' : 'A'}`) };
};

const tamperBody = (w: WireRequest): WireRequest => ({ ...w, body: w.body.replace('"Limit":1', '"Limit":2') });

type Variant = { id: string; title: string; rule: string; req: (base: CallRequest) => CallRequest };

const variants: Variant[] = [
  { id: 'bad-signature-tc3', title: 'a TC3 signature that does not match is refused', rule: 'auth.bad-signature', req: (b) => ({ ...b, tamper: flipSignature }) },
  { id: 'bad-signature-v1', title: 'a v1 (HmacSHA256, GET) signature that does not match is refused', rule: 'auth.bad-signature', req: (b) => ({ ...b, form: 'get-query', signMethod: 'HmacSHA256', tamper: flipSignature }) },
  { id: 'expired-timestamp', title: 'a timestamp ten minutes old is refused', rule: 'auth.expired-timestamp', req: (b) => ({ ...b, timestamp: Math.floor(Date.now() / 1000) - 600 }) },
  { id: 'future-timestamp', title: 'a timestamp ten minutes ahead is refused', rule: 'auth.expired-timestamp', req: (b) => ({ ...b, timestamp: Math.floor(Date.now() / 1000) + 600 }) },
  { id: 'unknown-secret-id', title: 'a SecretId the server does not know is refused', rule: 'auth.unknown-secret-id',
    req: (b) => ({ ...b, credentials: { secretId: 'AKIDtcconformUnknownKey0000000000000', secretKey: 'tcconform-unknown-secret-key-000000' } }) },
  { id: 'tampered-body', title: 'a body changed after signing is refused', rule: 'auth.tampered-body', req: (b) => ({ ...b, tamper: tamperBody }) },
];

describe('auth', () => {
  for (const { op, params } of probes) {
    for (const v of variants) {
      const r = rule(v.rule);
      conformanceCase({ id: `${op.key}.auth.${v.id}`, title: v.title, operation: op, check: 'auth_conformance', safety: 'read-only', rule: r.id, docs: r.docs },
        async (run) => {
          await run.send(v.req({ operation: op, params }), { kind: 'error', codes: r.codes, rule: r.id, why: r.says });
        });
    }
    const token = rule('auth.bad-token');
    conformanceCase({ id: `${op.key}.auth.bad-token`, title: 'temporary credentials with an invalid token are refused', operation: op, check: 'auth_conformance', safety: 'read-only', rule: token.id, docs: token.docs },
      async (run) => {
        const c = run.client.credentials;
        await run.send({ operation: op, params, credentials: { secretId: c.secretId, secretKey: c.secretKey, token: 'tcconform-invalid-session-token' } },
          { kind: 'error', codes: token.codes, rule: token.id, why: token.says });
      });
    conformanceCase({ id: `${op.key}.auth.valid`, title: 'a correctly signed request is accepted (TC3 POST)', operation: op, check: 'auth_conformance', safety: 'read-only', docs: op.docs },
      async (run) => {
        await run.send({ operation: op, params }, { kind: 'success' });
      });
  }
});
