import { describe, expect, it } from 'vitest';
import { operationByKey } from '../generated/operations.ts';
import { parseEnvelope } from '../core/parse-envelope.ts';
import type { Exchange } from '../core/types.ts';
import { runChecks } from './run-checks.ts';
import type { Expectation } from './expectation.ts';
import type { CheckName } from './finding.ts';
import { stateConformance } from './state-conformance.ts';
import { shapeFingerprint } from './shape-fingerprint.ts';

const share = operationByKey('lighthouse.ShareBlueprintAcrossAccounts');
const modify = operationByKey('lighthouse.ModifyImageSharePermission');
const RID = '0f6d2f7e-93a5-4b4c-9d2a-2c9a8e3b1a11';

function judge(body: string, expectation: Expectation, op = share, status = 200, caseCheck: CheckName = 'negative_data_rejection') {
  const exchange: Exchange = { url: 'http://x/', request: { method: 'POST', path: '/', headers: {}, body: '{}' }, response: { status, headers: {}, body }, timings: { startedAt: '', totalMs: 1 } };
  return runChecks({ operation: op, exchange, envelope: parseEnvelope(body), expectation, caseCheck, docs: ['lh-share-page'] });
}
const err = (code: string) => JSON.stringify({ Response: { Error: { Code: code, Message: 'm' }, RequestId: RID } });
const ok = (fields: object = {}) => JSON.stringify({ Response: { ...fields, RequestId: RID } });

describe('runChecks', () => {
  it('passes a documented error that the expectation allows', () => {
    expect(judge(err('InvalidParameterValue.BlueprintIdMalformed'), { kind: 'error', codes: ['InvalidParameterValue.BlueprintIdMalformed'], why: 'w' }).findings).toEqual([]);
  });
  it('flags an undocumented error code', () => {
    const v = judge(err('InvalidParameterValue.NoSuchThing'), { kind: 'any' });
    expect(v.findings.map((f) => f.check)).toEqual(['error_code_conformance']);
  });
  it('flags success where the docs require refusal, under the case check', () => {
    const v = judge(ok(), { kind: 'error', codes: ['MissingParameter'], why: 'w' }, share, 200, 'limit_conformance');
    expect(v.findings.map((f) => [f.check, f.severity])).toEqual([['limit_conformance', 'major']]);
  });
  it('flags a refusal with a code outside the expected set as minor', () => {
    const v = judge(err('InvalidParameter'), { kind: 'error', codes: ['MissingParameter'], why: 'w' });
    expect(v.findings.map((f) => f.severity)).toEqual(['minor']);
  });
  it('flags a refusal of a valid request', () => {
    expect(judge(err('InvalidParameter'), { kind: 'success' }).findings[0]?.check).toBe('negative_data_rejection');
  });
  it('flags a body that is no envelope', () => {
    const v = judge(JSON.stringify({ Response: {} }), { kind: 'any' });
    expect(v.findings.map((f) => f.check)).toContain('envelope_conformance');
  });
  it('flags an envelope sent with a status other than 200', () => {
    expect(judge(err('InvalidParameter'), { kind: 'any' }, share, 400).findings.some((f) => f.title.includes('HTTP status 400'))).toBe(true);
  });
  it('treats a 5xx page without an envelope as a target fault', () => {
    expect(judge('<html>bad gateway</html>', { kind: 'any' }, share, 502).fault).toMatch(/HTTP 502/);
  });
  it('flags a success body whose fields break the response schema', () => {
    const v = judge(ok({ BlueprintId: 42 }), { kind: 'success' }, modify);
    expect(v.findings.map((f) => f.check)).toEqual(['response_schema_conformance']);
  });
  it('accepts the documented null BlueprintId', () => {
    expect(judge(ok({ BlueprintId: null }), { kind: 'success' }, modify).findings).toEqual([]);
  });
  it('treats InternalError and throttling as target faults, not findings', () => {
    const v = judge(err('InternalError'), { kind: 'success' });
    expect(v.fault).toMatch(/InternalError/);
    expect(v.findings).toEqual([]);
    expect(judge(err('RequestLimitExceeded'), { kind: 'error', codes: ['RequestLimitExceeded'], why: 'w' }).fault).toBeUndefined();
  });
  it('records the observed outcome, code and shape', () => {
    expect(judge(err('MissingParameter'), { kind: 'any' }).observed).toMatchObject({ outcome: 'error', code: 'MissingParameter' });
  });
});

describe('stateConformance', () => {
  it('names missing and unexpected accounts', () => {
    const f = stateConformance({ operation: 'o', rule: 'r', docs: [], subject: 's', expected: ['1', '2'], observed: ['2', '3'] });
    expect(f[0]?.detail).toContain('missing 1');
    expect(f[0]?.detail).toContain('unexpected 3');
    expect(stateConformance({ operation: 'o', rule: 'r', docs: [], subject: 's', expected: ['1'], observed: ['1'] })).toEqual([]);
  });
});

describe('shapeFingerprint', () => {
  it('ignores values and key order but not types or fields', () => {
    expect(shapeFingerprint({ a: 1, b: 'x' })).toBe(shapeFingerprint({ b: 'y', a: 2 }));
    expect(shapeFingerprint({ a: 1 })).not.toBe(shapeFingerprint({ a: '1' }));
    expect(shapeFingerprint({ a: 1 })).not.toBe(shapeFingerprint({ a: 1, c: null }));
  });
});
