// One list answers "is this a target fault?" for the checks (errored, never failed), the harness's screen of a
// case's direct calls (throttling is judged there, not screened) and the retry of read-only requests.

import { describe, expect, it } from 'vitest';
import type { Envelope, Exchange } from '../core/types.ts';
import { isRetryableCode, targetFault, THROTTLING_CODES, transientReason } from './target-fault.ts';

const exchange = (status: number | undefined): Exchange => ({
  url: 'http://127.0.0.1:1/', request: { method: 'POST', path: '/', headers: {}, body: '' },
  ...(status === undefined ? { failure: { code: 'ECONNRESET', message: 'socket hang up' } } : { response: { status, headers: {}, body: '' } }),
  timings: { startedAt: '2026-01-01T00:00:00Z', totalMs: 1 },
});
const error = (code: string): Envelope => ({ kind: 'error', requestId: 'r', code, message: 'm' });
const neither: Envelope = { kind: 'neither', problem: 'not JSON' };

describe('target faults', () => {
  it('are a failed exchange, a 5xx without an envelope, or a fault code the case does not expect', () => {
    expect(targetFault(exchange(undefined), undefined)).toBe('ECONNRESET: socket hang up');
    expect(targetFault(exchange(502), neither)).toBe('HTTP 502 without an envelope');
    for (const code of ['InternalError', 'ServiceUnavailable', 'ResourceUnavailable', ...THROTTLING_CODES]) {
      expect(targetFault(exchange(200), error(code))).toBe(`${code}: m`);
      expect(targetFault(exchange(200), error(code), [code])).toBeUndefined();
    }
    expect(targetFault(exchange(200), error('InternalError.RequestError'))).toBeUndefined();
    expect(targetFault(exchange(500), error('FailedOperation'))).toBeUndefined();
    expect(targetFault(exchange(200), error('InvalidParameterValue'))).toBeUndefined();
  });
  it('include throttling, which the harness screen passes as an answer', () => {
    expect([...THROTTLING_CODES].sort()).toEqual(['RequestLimitExceeded', 'RequestLimitExceeded.GlobalRegionUinLimitExceeded',
      'RequestLimitExceeded.IPLimitExceeded', 'RequestLimitExceeded.UinLimitExceeded']);
  });
  it('are transient when internal or throttling (their whole family), or a 5xx of any kind', () => {
    for (const code of ['InternalError', 'InternalError.RequestError', 'RequestLimitExceeded', 'RequestLimitExceeded.Other']) expect(isRetryableCode(code)).toBe(true);
    for (const code of ['ServiceUnavailable', 'ResourceUnavailable', 'InvalidParameter', 'InternalErrorX']) expect(isRetryableCode(code)).toBe(false);
    expect(transientReason(exchange(503), error('FailedOperation'))).toBe('HTTP 503');
    expect(transientReason(exchange(502), neither)).toBe('HTTP 502 without an envelope');
    expect(transientReason(exchange(200), error('InternalError.RequestError'))).toBe('InternalError.RequestError');
    expect(transientReason(exchange(200), error('ServiceUnavailable'))).toBeUndefined();
  });
});
