import { describe, expect, it } from 'vitest';
import { createSendWindowPacer } from './send-window-pacer.ts';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The most arrivals in any window of `ms` milliseconds. */
function busiestWindow(times: readonly number[], ms: number): number {
  const sorted = [...times].sort((a, b) => a - b);
  let best = 0;
  for (let i = 0, j = 0; i < sorted.length; i++) {
    while ((sorted[i] as number) - (sorted[j] as number) >= ms) j++;
    best = Math.max(best, i - j + 1);
  }
  return best;
}

describe('send-window pacer', () => {
  it('keeps every one-second window at the target within the budget however late the senders send', async () => {
    const pacer = createSendWindowPacer(0.9);
    const arrivals: number[] = [];
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    // Four senders; each request reaches the target up to 180 ms after its slot (a busy worker), answered 0-40 ms later.
    const sender = async (n: number) => {
      for (let i = 0; i < n; i++) {
        await pacer.slot('cvm.ModifyImageSharePermission', 10);
        await sleep(random() * 180);
        arrivals.push(performance.now());
        await sleep(random() * 40);
        pacer.done('cvm.ModifyImageSharePermission');
      }
    };
    await Promise.all([sender(8), sender(8), sender(8), sender(8)]);
    expect(arrivals).toHaveLength(32);
    expect(busiestWindow(arrivals, 1000)).toBeLessThanOrEqual(9);
  }, 30_000);

  it('keys are independent, and an unanswered request holds its unit', async () => {
    const pacer = createSendWindowPacer(1);
    await pacer.slot('a', 1);
    let second = false;
    const waiting = pacer.slot('a', 1).then(() => { second = true; });
    await pacer.slot('b', 1);
    await sleep(1_200);
    expect(second).toBe(false);
    const answeredAt = performance.now();
    pacer.done('a');
    await waiting;
    expect(second).toBe(true);
    // Its unit came free a second after the answer, not before.
    expect(performance.now() - answeredAt).toBeGreaterThanOrEqual(990);
  }, 10_000);

  it('serves urgent callers first, in call order among themselves, then the rest in call order', async () => {
    const pacer = createSendWindowPacer(1);
    await pacer.slot('k', 20);
    const order: string[] = [];
    const ask = (name: string, urgent: boolean) => pacer.slot('k', 20, urgent).then(() => { order.push(name); pacer.done('k'); });
    await Promise.all([ask('a', false), ask('b', false), ask('u', true), ask('c', false), ask('v', true)]);
    expect(order).toEqual(['u', 'v', 'a', 'b', 'c']);
  });
  it('grants nothing on a paused key, to callers that queued before the pause too, until wake finds it free', async () => {
    let paused = false;
    const pacer = createSendWindowPacer(1, undefined, (key) => paused && key === 'a');
    await pacer.slot('a', 1);
    pacer.done('a');
    let granted = false;
    const queued = pacer.slot('a', 1).then(() => { granted = true; });
    paused = true;
    await pacer.slot('b', 1);
    await sleep(1200);
    expect(granted).toBe(false);
    pacer.wake();
    await sleep(20);
    expect(granted).toBe(false);
    paused = false;
    pacer.wake();
    await queued;
    expect(granted).toBe(true);
  });
});
