import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createLockTable, type LockClaim } from './lock-table.ts';

const tick = () => new Promise((r) => setImmediate(r));

describe('lock table', () => {
  it('grants shared claims together and holds an exclusive one back until they are released', async () => {
    const t = createLockTable();
    const order: string[] = [];
    await t.acquire('a', [{ key: 'bp', mode: 'shared' }]);
    await t.acquire('b', [{ key: 'bp', mode: 'shared' }]);
    const writer = t.acquire('w', [{ key: 'bp', mode: 'exclusive' }]).then(() => order.push('w'));
    await tick();
    expect(order).toEqual([]);
    t.release('a');
    await tick();
    expect(order).toEqual([]);
    t.release('b');
    await writer;
    expect(order).toEqual(['w']);
    expect(t.heldExclusively('bp')).toBe(true);
  });

  it('serves first come first: a shared claim queued behind an exclusive one waits for it', async () => {
    const t = createLockTable();
    const order: string[] = [];
    await t.acquire('r1', [{ key: 'img', mode: 'shared' }]);
    const w = t.acquire('w', [{ key: 'img', mode: 'exclusive' }]).then(() => order.push('w'));
    const r2 = t.acquire('r2', [{ key: 'img', mode: 'shared' }]).then(() => order.push('r2'));
    await tick();
    expect(order).toEqual([]);
    t.release('r1');
    await w;
    await tick();
    expect(order).toEqual(['w']);
    t.release('w');
    await r2;
    expect(order).toEqual(['w', 'r2']);
  });

  it('lets claims on other keys pass a blocked waiter', async () => {
    const t = createLockTable();
    await t.acquire('w1', [{ key: 'bp', mode: 'exclusive' }]);
    const blocked = t.acquire('w2', [{ key: 'bp', mode: 'exclusive' }]);
    await t.acquire('other', [{ key: 'img', mode: 'exclusive' }]);
    expect(t.holders().sort()).toEqual(['other', 'w1']);
    t.release('w1');
    await blocked;
    expect(t.holders().sort()).toEqual(['other', 'w2']);
  });

  it('tells whether a key is held exclusively', async () => {
    const t = createLockTable();
    await t.acquire('rate', [{ key: 'bucket/x', mode: 'exclusive' }]);
    await t.acquire('reader', [{ key: 'bucket/y', mode: 'shared' }]);
    expect(t.heldExclusively('bucket/x')).toBe(true);
    expect(t.heldExclusively('bucket/y')).toBe(false);
    t.release('rate');
    expect(t.heldExclusively('bucket/x')).toBe(false);
  });

  it('never has an exclusive holder beside any other holder of the same key, whatever the order (property)', async () => {
    const claim = fc.record({ key: fc.constantFrom('a', 'b', 'c'), mode: fc.constantFrom('shared' as const, 'exclusive' as const) });
    await fc.assert(fc.asyncProperty(fc.array(fc.array(claim, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 12 }), fc.array(fc.nat(), { maxLength: 40 }), async (jobs, releases) => {
      const t = createLockTable();
      const active = new Map<string, readonly LockClaim[]>();
      const check = () => {
        for (const [h, cs] of active) for (const c of cs) if (c.mode === 'exclusive')
          for (const [h2, cs2] of active) if (h2 !== h && cs2.some((x) => x.key === c.key)) throw new Error(`${h} and ${h2} share ${c.key}`);
      };
      const granted = jobs.map((claims, i) => t.acquire(`h${i}`, claims).then(() => { active.set(`h${i}`, claims); check(); }));
      await tick();
      for (const r of releases) {
        const holders = [...active.keys()];
        if (holders.length === 0) break;
        const h = holders[r % holders.length] as string;
        active.delete(h);
        t.release(h);
        await tick();
      }
      // Everyone queued is granted in the end once holders let go.
      let done = 0;
      void Promise.all(granted).then(() => { done = 1; });
      for (let round = 0; round <= jobs.length && done === 0; round++) {
        for (const h of [...active.keys()]) { active.delete(h); t.release(h); }
        await tick();
        await tick();
      }
      expect(done).toBe(1);
    }), { numRuns: 200 });
  });
});
