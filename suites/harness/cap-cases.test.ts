import { describe, expect, it } from 'vitest';
import { capAccounts } from './cap-cases.ts';

describe('capAccounts', () => {
  it('names the free recipients first, then distinct IDs no recipient or protected account has', () => {
    const ids = capAccounts(['100000000001', '200000000001', '200000000002'], 6, new Set(['200000000002']));
    expect(ids.slice(0, 2)).toEqual(['100000000001', '200000000001']);
    expect(ids).toHaveLength(6);
    expect(new Set(ids).size).toBe(6);
    expect(ids).not.toContain('200000000002');
  });
  it('uses recipients only when there are enough', () => {
    expect(capAccounts(['1', '2', '3'], 2)).toEqual(['1', '2']);
  });
});
