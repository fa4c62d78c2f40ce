import { describe, expect, it } from 'vitest';
import { createWriteBatch } from './write-batch.ts';

describe('write batch', () => {
  it('writes nothing during the turn, then everything in order at its end', async () => {
    const batch = createWriteBatch();
    const written: number[] = [];
    for (let i = 0; i < 5; i++) batch.defer(() => written.push(i));
    await Promise.resolve();
    expect(written).toEqual([]);
    await new Promise((resolve) => setImmediate(resolve));
    expect(written).toEqual([0, 1, 2, 3, 4]);
  });

  it('starts a new batch for writes queued while one is written', async () => {
    const batch = createWriteBatch();
    const written: string[] = [];
    batch.defer(() => {
      written.push('first');
      batch.defer(() => written.push('queued by the first'));
    });
    await new Promise((resolve) => setImmediate(resolve));
    expect(written).toEqual(['first']);
    await new Promise((resolve) => setImmediate(resolve));
    expect(written).toEqual(['first', 'queued by the first']);
  });
});
