import { describe, expect, it } from 'vitest';
import { rateLimitConformance } from './rate-limit-conformance.ts';

const base = { operation: 'o', limitPerSecond: 10, docs: [], pacedSent: 16, pacedThrottled: 0 };
const titles = (o: Parameters<typeof rateLimitConformance>[0]) => rateLimitConformance(o).findings.map((f) => f.title);

describe('rateLimitConformance', () => {
  it('flags an unenforced limit', () => {
    expect(titles({ ...base, burstSent: 20, burstThrottled: 0, burstIssueMs: 3 })).toEqual(['Rate limit of 10/s not enforced']);
  });
  it('flags a burst served completely however slowly it was answered: a delay is not a refusal', () => {
    const judged = rateLimitConformance({ ...base, burstSent: 20, burstThrottled: 0, burstIssueMs: 4, burstMs: 2600 });
    expect(judged.cannotJudge).toBeUndefined();
    expect(judged.findings[0]?.detail).toContain('after 2600 ms');
  });
  it('accepts a burst that is throttled down to the limit', () => {
    expect(rateLimitConformance({ ...base, burstSent: 20, burstThrottled: 10, burstIssueMs: 3 })).toEqual({ findings: [] });
  });
  it('flags more than the limit served', () => {
    expect(titles({ ...base, burstSent: 20, burstThrottled: 4, burstIssueMs: 3 })).toEqual(['More than 10 requests served in one second']);
  });
  it('flags throttling under the limit', () => {
    expect(titles({ ...base, burstSent: 0, burstThrottled: 0, pacedThrottled: 1 })).toHaveLength(1);
  });
  it('cannot judge a burst that was not issued inside one second: errored with the reason, never a pass', () => {
    const judged = rateLimitConformance({ ...base, burstSent: 20, burstThrottled: 0, burstIssueMs: 1400, burstMs: 1500 });
    expect(judged.findings).toEqual([]);
    expect(judged.cannotJudge).toMatch(/could not be issued inside one second \(1400 ms\)/);
  });
  it('cannot judge a burst whose answers were faults and none throttled', () => {
    expect(rateLimitConformance({ ...base, burstSent: 20, burstThrottled: 0, burstFaults: 3, burstIssueMs: 2 }).cannotJudge).toMatch(/3 of 20/);
    expect(rateLimitConformance({ ...base, burstSent: 20, burstThrottled: 10, burstFaults: 3, burstIssueMs: 2 }).cannotJudge).toBeUndefined();
  });
  it('cannot judge a burst that is not over the limit, nor an empty observation', () => {
    expect(rateLimitConformance({ ...base, burstSent: 10, burstThrottled: 0, burstIssueMs: 1 }).cannotJudge).toMatch(/not over the limit/);
    expect(rateLimitConformance({ ...base, pacedSent: 0, burstSent: 0, burstThrottled: 0 }).cannotJudge).toMatch(/neither/);
  });
});
