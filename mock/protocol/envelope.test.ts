import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { envelopeBody } from './envelope.ts';

/** The envelope as a plain JSON.stringify of the object the vendor docs describe. */
function reference(answer: Parameters<typeof envelopeBody>[0], requestId: string | undefined): string {
  const response: Record<string, unknown> = answer.ok ? { ...answer.fields } : { Error: { Code: answer.code, Message: answer.message } };
  if (requestId !== undefined && !('RequestId' in response)) response['RequestId'] = requestId;
  return JSON.stringify({ Response: response });
}

describe('envelopeBody', () => {
  it('writes success and error envelopes with RequestId last', () => {
    expect(envelopeBody({ ok: true, fields: {} }, 'r-1')).toBe('{"Response":{"RequestId":"r-1"}}');
    expect(envelopeBody({ ok: true, fields: { TotalCount: 2 } }, 'r-1')).toBe('{"Response":{"TotalCount":2,"RequestId":"r-1"}}');
    expect(envelopeBody({ ok: false, code: 'InvalidParameter', message: 'a "quoted" \\ message' }, 'r-1'))
      .toBe('{"Response":{"Error":{"Code":"InvalidParameter","Message":"a \\"quoted\\" \\\\ message"},"RequestId":"r-1"}}');
  });

  it('leaves RequestId out when told, and keeps one the fields carry', () => {
    expect(envelopeBody({ ok: true, fields: {} }, undefined)).toBe('{"Response":{}}');
    expect(envelopeBody({ ok: false, code: 'C', message: 'm' }, undefined)).toBe('{"Response":{"Error":{"Code":"C","Message":"m"}}}');
    expect(envelopeBody({ ok: true, fields: { RequestId: 7 } }, 'r-1')).toBe('{"Response":{"RequestId":7}}');
  });

  it('is byte for byte what JSON.stringify of the envelope object gives, for any fields and text', () => {
    const answer = fc.oneof(
      fc.record({ ok: fc.constant(true as const), fields: fc.dictionary(fc.string(), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 4 }) }),
      fc.record({ ok: fc.constant(false as const), code: fc.string(), message: fc.string({ unit: 'binary' }) }),
    );
    fc.assert(fc.property(answer, fc.option(fc.string({ unit: 'binary' }), { nil: undefined }), (a, id) => {
      expect(envelopeBody(a, id)).toBe(reference(a, id));
    }), { numRuns: 500 });
  });
});
