import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { buildRequest } from './build-request.ts';
import { verifySignature } from './verify-signature.ts';
import { apiCall, credentials } from './testing/arbitraries.ts';
import { COMBOS } from './testing/combos.ts';
import { mutateAt, mutateCarrier, mutateTimestamp, withHeader } from './testing/mutate.ts';
import type { ApiCall, Credentials, RequestForm, SignMethod, VerifyInput, WireRequest } from './types.ts';

interface Case {
  readonly call: ApiCall;
  readonly creds: Credentials;
  readonly timestamp: number;
  readonly wire: WireRequest;
}

const caseOf = (form: RequestForm, signMethod: SignMethod) =>
  fc.tuple(apiCall, credentials, fc.integer({ min: 1_400_000_000, max: 2_000_000_000 })).map(([call, creds, timestamp]): Case => {
    const built = buildRequest(call, { form, signMethod, credentials: creds, timestamp });
    if (!built.ok) throw new Error(built.error.message);
    return { call, creds, timestamp, wire: built.value };
  });

const verify = (c: Case, wire: WireRequest = c.wire, extra: Partial<VerifyInput> = {}) =>
  verifySignature({
    request: wire,
    lookupSecret: (id) => (id === c.creds.secretId ? c.creds.secretKey : undefined),
    service: c.call.service,
    now: c.timestamp,
    ...extra,
  });

describe('verifySignature over every buildRequest output', () => {
  for (const { form, signMethod } of COMBOS) {
    describe(`${form} / ${signMethod}`, () => {
      const arb = caseOf(form, signMethod);

      it('accepts the request as built', () => {
        fc.assert(
          fc.property(arb, (c) => {
            expect(verify(c)).toEqual({ ok: true, value: { secretId: c.creds.secretId, signMethod, timestamp: c.timestamp } });
          }),
          { numRuns: 60 },
        );
      });

      it('rejects it after a one-character change to the body (or, for GET, the query)', () => {
        fc.assert(
          fc.property(arb, fc.nat(), (c, i) => {
            expect(verify(c, mutateCarrier(c.wire, i)).ok).toBe(false);
          }),
          { numRuns: 80 },
        );
      });

      it('rejects it after a one-character change to a signed header value', () => {
        const signed = signMethod === 'TC3-HMAC-SHA256' ? ['content-type', 'host'] : ['host'];
        fc.assert(
          fc.property(arb, fc.constantFrom(...signed), fc.nat(), (c, name, i) => {
            const result = verify(c, withHeader(c.wire, name, mutateAt(c.wire.headers[name] ?? '', i)));
            expect(result.ok).toBe(false);
            // A changed media type makes a POST unreadable (InvalidRequest) before the signature is looked at.
            if (name === 'host') expect(result).toMatchObject({ error: { code: 'AuthFailure.SignatureFailure' } });
          }),
          { numRuns: 60 },
        );
      });

      it('rejects it after a one-digit change to the timestamp', () => {
        fc.assert(
          fc.property(arb, fc.nat(), (c, i) => {
            expect(verify(c, mutateTimestamp(c.wire, i)).ok).toBe(false);
          }),
          { numRuns: 80 },
        );
      });
    });
  }

  it('rejects a GET TC3 request whose body gained a byte', () => {
    fc.assert(
      fc.property(caseOf('get-query', 'TC3-HMAC-SHA256'), (c) => {
        expect(verify(c, { ...c.wire, body: 'x' })).toMatchObject({ ok: false, error: { code: 'AuthFailure.SignatureFailure' } });
      }),
      { numRuns: 20 },
    );
  });
});
