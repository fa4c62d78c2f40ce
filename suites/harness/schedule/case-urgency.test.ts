import { describe, expect, it } from 'vitest';
import { isUrgent, withUrgency } from './case-urgency.ts';

describe('case urgency', () => {
  it('follows each case through its awaits, concurrent cases apart, and is false outside any case', async () => {
    let holding = false;
    const seen: string[] = [];
    const caseA = withUrgency(() => holding, async () => {
      seen.push(`a:${isUrgent()}`);
      await new Promise((r) => setTimeout(r, 20));
      seen.push(`a:${isUrgent()}`);
    });
    const caseB = withUrgency(() => true, async () => {
      await new Promise((r) => setTimeout(r, 10));
      holding = true;
      seen.push(`b:${isUrgent()}`);
    });
    await Promise.all([caseA, caseB]);
    expect(seen).toEqual(['a:false', 'b:true', 'a:true']);
    expect(isUrgent()).toBe(false);
  });
});
