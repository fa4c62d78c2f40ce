// Latency, InternalError (next N, fraction) and dropped connections; fault plans are validated.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Client } from '../../core/client.ts';
import { startMock, type MockHandle } from '../index.ts';
import { sendCall, testClient } from '../testing/signed-call.ts';
import { KEYS } from '../world/default-ids.ts';
import { createFaultState } from './fault-state.ts';

let mock: MockHandle;
let client: Client;
beforeAll(async () => {
  mock = await startMock({ rateLimits: false });
  client = testClient();
});
afterAll(async () => {
  await client.close();
  await mock.close();
});
beforeEach(() => mock.admin.reset());

const describeImages = () => sendCall(client, mock.url, { operation: 'cvm.DescribeImages', params: {}, credentials: KEYS.caller });
const describeBlueprints = () => sendCall(client, mock.url, { operation: 'lighthouse.DescribeBlueprints', params: {}, credentials: KEYS.caller });

describe('faults', () => {
  it('internalError.next answers InternalError to the next N requests of the scoped action only', async () => {
    expect(mock.admin.setFaults({ internalError: { next: 2, action: 'DescribeImages' } }).ok).toBe(true);
    expect((await describeBlueprints()).code).toBe('success');
    expect((await describeImages()).code).toBe('InternalError');
    expect((await describeImages()).code).toBe('InternalError');
    expect((await describeImages()).code).toBe('success');
  });

  it('internalError.fraction 1 fails every request', async () => {
    mock.admin.setFaults({ internalError: { fraction: 1 } });
    expect((await describeImages()).code).toBe('InternalError');
    expect((await describeBlueprints()).code).toBe('InternalError');
  });

  it('latencyMs delays the answer', async () => {
    mock.admin.setFaults({ latencyMs: 150 });
    const started = performance.now();
    expect((await describeImages()).code).toBe('success');
    expect(performance.now() - started).toBeGreaterThanOrEqual(140);
  });

  it('dropConnection closes the connection without an answer, then serves again', async () => {
    mock.admin.setFaults({ dropConnection: { next: 1 } });
    const dropped = await describeImages();
    expect(dropped.response).toBeUndefined();
    expect(dropped.failure).toBeDefined();
    expect((await describeImages()).code).toBe('success');
    expect(mock.admin.journal({ limit: 2 }).map((e) => e.code)).toEqual(['dropped', null]);
  });

  it('refuses a plan with unknown fields or deviation names, naming them', () => {
    const bad = mock.admin.setFaults({ deviations: [{ name: 'be-evil' }], latency: 5 } as never);
    expect(bad.ok).toBe(false);
    expect(bad.ok ? [] : bad.error.join('\n')).toMatch(/latency[\s\S]*deviations\/0\/name/);
    expect(mock.admin.faults()).toEqual({});
  });

  it('fractions use the injected dice', () => {
    const rolls = [0.1, 0.9];
    const state = createFaultState({ internalError: { fraction: 0.5 } }, () => rolls.shift() ?? 0);
    expect([state.fail(undefined), state.fail(undefined)]).toEqual([true, false]);
  });
});
