import { describe, it, expect } from 'vitest';
import { parseEnvelope } from './parse-envelope.ts';

const RID = '6a3b5d0e-1b2c-4d5e-8f90-0a1b2c3d4e5f';

describe('parseEnvelope', () => {
  it('reads a success envelope; fields exclude RequestId', () => {
    expect(parseEnvelope(JSON.stringify({ Response: { RequestId: RID } }))).toEqual({ kind: 'success', requestId: RID, fields: {} });
    expect(parseEnvelope(JSON.stringify({ Response: { TotalCount: 1, Items: [{ A: 1 }], RequestId: RID } }))).toEqual({
      kind: 'success',
      requestId: RID,
      fields: { TotalCount: 1, Items: [{ A: 1 }] },
    });
  });

  it('reads an error envelope, tolerating extra keys inside Error and a missing RequestId', () => {
    const body = { Response: { Error: { Code: 'AuthFailure.SignatureFailure', Message: 'bad signature', Extra: 1 }, RequestId: RID } };
    expect(parseEnvelope(JSON.stringify(body))).toEqual({ kind: 'error', requestId: RID, code: 'AuthFailure.SignatureFailure', message: 'bad signature' });
    expect(parseEnvelope('{"Response":{"Error":{"Code":"InternalError","Message":""}}}')).toEqual({
      kind: 'error',
      requestId: undefined,
      code: 'InternalError',
      message: '',
    });
  });

  const neither: ReadonlyArray<readonly [string, string]> = [
    ['', 'body is not JSON: '],
    ['<html>502 Bad Gateway</html>', 'body is not JSON: '],
    ['\uFEFF{"Response":{"RequestId":"x"}}', 'body is not JSON: '],
    ['[]', 'body is JSON an array, not an object'],
    ['null', 'body is JSON null, not an object'],
    ['"Response"', 'body is JSON the string "Response", not an object'],
    ['{}', 'body has no Response key'],
    ['{"response":{"RequestId":"x"}}', 'body has no Response key (keys: response)'],
    ['{"Response":{"RequestId":"x"},"Extra":1}', 'unexpected top-level key(s) beside Response: Extra'],
    ['{"Response":null}', 'Response is null, not an object'],
    ['{"Response":[]}', 'Response is an array, not an object'],
    ['{"Response":"ok"}', 'Response is the string "ok", not an object'],
    ['{"Response":{}}', 'success Response has no RequestId'],
    ['{"Response":{"TotalCount":0}}', 'success Response has no RequestId'],
    ['{"Response":{"RequestId":""}}', 'Response.RequestId is an empty string, not a non-empty string'],
    ['{"Response":{"RequestId":42}}', 'Response.RequestId is a number (42), not a non-empty string'],
    ['{"Response":{"RequestId":null}}', 'Response.RequestId is null, not a non-empty string'],
    ['{"Response":{"Error":null,"RequestId":"x"}}', 'Response.Error is null, not an object'],
    ['{"Response":{"Error":"InternalError","RequestId":"x"}}', 'Response.Error is the string "InternalError", not an object'],
    ['{"Response":{"Error":{"Message":"m"},"RequestId":"x"}}', 'Response.Error.Code is missing, not a non-empty string'],
    ['{"Response":{"Error":{"Code":"","Message":"m"},"RequestId":"x"}}', 'Response.Error.Code is an empty string, not a non-empty string'],
    ['{"Response":{"Error":{"Code":7,"Message":"m"},"RequestId":"x"}}', 'Response.Error.Code is a number (7), not a non-empty string'],
    ['{"Response":{"Error":{"Code":"X"},"RequestId":"x"}}', 'Response.Error.Message is missing, not a string'],
    ['{"Response":{"Error":{"Code":"X","Message":"m"},"TotalCount":1,"RequestId":"x"}}', 'Response.Error sits beside success field(s): TotalCount'],
    ['{"Response":{"Error":{"Code":"X","Message":"m"},"RequestId":""}}', 'Response.RequestId is an empty string, not a non-empty string'],
  ];

  for (const [body, problem] of neither) {
    it(`is neither for ${JSON.stringify(body).slice(0, 70)}`, () => {
      const envelope = parseEnvelope(body);
      expect(envelope.kind).toBe('neither');
      if (envelope.kind === 'neither') expect(envelope.problem.startsWith(problem)).toBe(true);
    });
  }
});
