// The documented per-action limits over HTTP, with an injected clock: per calling account, per action, a sliding
// one-second window; the excess gets RequestLimitExceeded; `rateLimits: false` switches them off.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client } from '../../core/client.ts';
import type { Credentials } from '../../core/types.ts';
import { operationByKey } from '../../generated/operations.ts';
import { startMock, type MockHandle } from '../index.ts';
import { manualClock } from '../rules/clock.ts';
import { sendCall, testClient } from '../testing/signed-call.ts';
import { KEYS } from '../world/default-ids.ts';

const clock = manualClock(Math.floor(Date.now() / 1000) * 1000);
let mock: MockHandle;
let unlimited: MockHandle;
let client: Client;
beforeAll(async () => {
  [mock, unlimited] = await Promise.all([startMock({ clock }), startMock({ clock, rateLimits: false })]);
  client = testClient();
});
afterAll(async () => {
  await client.close();
  await Promise.all([mock.close(), unlimited.close()]);
});

async function burst(operation: string, count: number, credentials: Credentials = KEYS.caller, target = mock): Promise<string[]> {
  const codes: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const answer = await sendCall(client, target.url, { operation, params: {}, credentials, timestamp: Math.floor(clock.nowMs() / 1000) });
    codes.push(answer.code);
  }
  return codes;
}

const refused = (codes: readonly string[]) => codes.filter((c) => c === 'RequestLimitExceeded').length;

describe('rate limits over HTTP', () => {
  it('lighthouse allows 20 per second per account per action, cvm 10', async () => {
    expect(operationByKey('lighthouse.DescribeBlueprints').rateLimit.perSecond).toBe(20);
    expect(refused(await burst('lighthouse.DescribeBlueprints', 21))).toBe(1);
    expect(refused(await burst('cvm.DescribeImages', 11))).toBe(1);
  });

  it('keeps actions and accounts apart', async () => {
    clock.advance(5000);
    expect(refused(await burst('lighthouse.DescribeBlueprints', 20))).toBe(0);
    expect(refused(await burst('lighthouse.DescribeBlueprintsShareAcrossAccountInfos', 1))).toBe(0);
    expect(refused(await burst('lighthouse.DescribeBlueprints', 1, KEYS.other))).toBe(0);
    expect(refused(await burst('lighthouse.DescribeBlueprints', 1))).toBe(1);
  });

  it('slides: a second later the window has room again', async () => {
    clock.advance(5000);
    expect(refused(await burst('cvm.DescribeImages', 10))).toBe(0);
    clock.advance(999);
    expect(refused(await burst('cvm.DescribeImages', 1))).toBe(1);
    clock.advance(1);
    expect(refused(await burst('cvm.DescribeImages', 10))).toBe(0);
  });

  it('is off with rateLimits: false', async () => {
    expect(refused(await burst('cvm.DescribeImages', 15, KEYS.caller, unlimited))).toBe(0);
  });
});
