import { describe, expect, it } from 'vitest';
import { requestIdUniqueness } from './request-id-uniqueness.ts';

const a = { requestId: '0f6d2f7e-93a5-4b4c-9d2a-2c9a8e3b1a11', operation: 'cvm.DescribeImages', caseId: 'c1' };

describe('requestIdUniqueness', () => {
  it('passes a RequestId seen for the first time', () => {
    expect(requestIdUniqueness(a, undefined)).toEqual([]);
  });
  it('flags a RequestId an earlier answer carried, naming both requests', () => {
    const [f] = requestIdUniqueness({ ...a, operation: 'cvm.DescribeImageSharePermission', caseId: 'c2' }, a);
    expect(f?.check).toBe('request_id_uniqueness');
    expect(f?.detail).toContain('in case c1');
    expect(f?.detail).toContain('cvm.DescribeImages request');
  });
  it('says when the earlier answer was in the same case', () => {
    expect(requestIdUniqueness(a, a)[0]?.detail).toContain('earlier in this case');
  });
});
