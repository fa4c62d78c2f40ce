import { describe, expect, it } from 'vitest';
import { createWriteBatch } from './write-batch.ts';

describe('write batch', () => {
  it('writes nothing during the turn, then everything in order at its end', async () => {
    const written: number[] = [];
    const batch = createWriteBatch<number>((n) => written.push(n));
    for (let i = 0; i < 5; i++) batch.defer(i);
    await Promise.resolve();
    expect(written).toEqual([]);
    await new Promise((resolve) => setImmediate(resolve));
    expect(written).toEqual([0, 1, 2, 3, 4]);
  });

  it('starts a new batch for items queued while one is written', async () => {
    const written: string[] = [];
    const batch = createWriteBatch<string>((item) => {
      written.push(item);
      if (item === 'first') batch.defer('queued by the first');
    });
    batch.defer('first');
    await new Promise((resolve) => setImmediate(resolve));
    expect(written).toEqual(['first']);
    await new Promise((resolve) => setImmediate(resolve));
    expect(written).toEqual(['first', 'queued by the first']);
  });
});
