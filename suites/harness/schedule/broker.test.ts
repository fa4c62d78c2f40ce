import { afterAll, describe, expect, it } from 'vitest';
import { bucketLockKey, startBroker, type Broker } from './broker.ts';
import { brokerClient } from './broker-client.ts';
import { formatRates } from './format-rates.ts';

const brokers: Broker[] = [];
afterAll(async () => { await Promise.all(brokers.map((b) => b.close())); });

describe('schedule broker over loopback', () => {
  it('holds a second worker\'s exclusive lock until the first releases it', async () => {
    const broker = await startBroker(0.9);
    brokers.push(broker);
    const a = brokerClient(broker.url);
    const b = brokerClient(broker.url);
    await a.lock('case-a', [{ key: 'r/blueprint/lhbp-1', mode: 'exclusive' }]);
    let bHolds = false;
    const bLock = b.lock('case-b', [{ key: 'r/blueprint/lhbp-1', mode: 'exclusive' }]).then(() => { bHolds = true; });
    await b.lock('case-c', [{ key: 'r/image/img-1', mode: 'exclusive' }]);
    expect(bHolds).toBe(false);
    await a.unlock('case-a');
    await bLock;
    expect(bHolds).toBe(true);
  });

  it('grants slots per action bucket and counts them for the progress line', async () => {
    const broker = await startBroker(1);
    brokers.push(broker);
    const c = brokerClient(broker.url);
    for (let i = 0; i < 3; i++) {
      await c.pacer.slot('lighthouse.ShareBlueprintAcrossAccounts', 20);
      c.pacer.done?.('lighthouse.ShareBlueprintAcrossAccounts');
    }
    await c.pacer.slot('cvm.DescribeImages', 10);
    const stats = broker.stats();
    expect(stats.find((s) => s.key === 'lighthouse.ShareBlueprintAcrossAccounts')?.granted).toBe(3);
    expect(stats.find((s) => s.key === 'cvm.DescribeImages')?.granted).toBe(1);
    expect(formatRates(stats)).toMatch(/^ShareBlueprintAcrossAccounts \d+\.\d\/s$/);
  });

  it('holds back a slot that was already waiting when a rate-limit case took the bucket, until it lets go', async () => {
    const broker = await startBroker(1);
    brokers.push(broker);
    const c = brokerClient(broker.url);
    await c.pacer.slot('cvm.ModifyImageSharePermission', 1);
    c.pacer.done?.('cvm.ModifyImageSharePermission');
    // Waits for the unit the first request holds until a second after its answer.
    let granted = false;
    const waiting = c.pacer.slot('cvm.ModifyImageSharePermission', 1).then(() => { granted = true; });
    await c.lock('rate-case', [{ key: bucketLockKey('cvm.ModifyImageSharePermission'), mode: 'exclusive' }]);
    await new Promise((r) => setTimeout(r, 1300));
    expect(granted).toBe(false);
    await c.unlock('rate-case');
    await waiting;
    expect(granted).toBe(true);
  });

  it('answers a malformed request with 400 and keeps serving', async () => {
    const broker = await startBroker(0.9);
    brokers.push(broker);
    const bad = await fetch(`${broker.url}/lock`, { method: 'POST', body: '{not json' });
    expect(bad.status).toBe(400);
    await brokerClient(broker.url).lock('x', [{ key: 'k', mode: 'shared' }]);
  });
});
