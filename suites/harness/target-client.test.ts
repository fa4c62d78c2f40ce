// Retries of the target client: read-only calls are sent again after target faults (HTML 5xx, resets, timeouts,
// InternalError, RequestLimitExceeded), at most three attempts with exponential backoff, each signed afresh;
// mutating calls are sent exactly once whatever happens; a case may turn retries off.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { operationByKey } from '../../generated/operations.ts';
import { createTargetClient, type TargetClient } from './target-client.ts';
import { startFaultServer, type FaultAnswer, type FaultServer } from './testing/fault-server.ts';
import { endpointConfig, noPacing } from './testing/endpoint-config.ts';
import { backoffMs, RETRY } from './retry-policy.ts';

const credentials = { secretId: 'AKIDtest0000000000000000000000000001', secretKey: 'retry-test-secret-key-0001' };
const fixtures = { version: 1 as const, credentials, regions: { 'ap-guangzhou': {} } };
const read = operationByKey('lighthouse.DescribeBlueprints');
const share = operationByKey('lighthouse.ShareBlueprintAcrossAccounts');
const sharePar = { BlueprintId: 'lhbp-abcd1234', AccountIds: ['200000001001'] };

let server: FaultServer;
let client: TargetClient;
const delays: number[] = [];
beforeAll(async () => {
  server = await startFaultServer('http://127.0.0.1:9');
  const config = endpointConfig(server.url, fixtures, join(mkdtempSync(join(tmpdir(), 'tcconform-retry-')), 'l.jsonl'), {}, 400);
  client = createTargetClient(config, credentials, noPacing, { sleep: async (ms) => { delays.push(ms); }, random: () => 0.5 });
});
afterAll(async () => { await client.close(); await server.close(); });
afterEach(() => { server.received.length = 0; delays.length = 0; });

function play(...answers: FaultAnswer[]): void {
  server.script = (n) => answers[n - 1] ?? { envelope: { TotalCount: 0, BlueprintSet: [] } };
}

describe('target client retries', () => {
  it('retries a read-only call after an HTML 503 page and a reset, and records why', async () => {
    play({ html: 503 }, 'reset');
    const sent = await client.call({ operation: read, params: { Limit: 1 } });
    expect(sent.envelope.kind).toBe('success');
    expect(sent.retries).toHaveLength(2);
    expect(sent.retries[0]).toBe('HTTP 503 without an envelope');
    expect(sent.retries[1]).toMatch(/^(ECONNRESET|UND_ERR_SOCKET|EPIPE|UNKNOWN)/);
    expect(server.received).toHaveLength(3);
    expect(delays).toEqual([backoffMs(2, () => 0.5), backoffMs(3, () => 0.5)]);
    expect(delays[1]).toBe(2 * delays[0]!);
  });

  it('retries InternalError, RequestLimitExceeded and timeouts, at most three attempts', async () => {
    play('internal-error', 'throttled', 'hang');
    const sent = await client.call({ operation: read, params: {} });
    expect(server.received).toHaveLength(RETRY.attempts);
    expect(sent.retries).toEqual(['InternalError', 'RequestLimitExceeded']);
    expect(sent.exchange.failure?.code).toBe('TIMEOUT');
  });

  it('signs every attempt afresh (a v1 nonce or a timestamp is never replayed)', async () => {
    play('internal-error', 'internal-error');
    await client.call({ operation: read, params: {}, form: 'get-query', signMethod: 'HmacSHA256' });
    const nonces = server.received.map((r) => /[?&]Nonce=(\d+)/.exec(r.url)?.[1]);
    expect(nonces).toHaveLength(3);
    expect(new Set(nonces).size).toBe(3);
  });

  it('never retries a mutating call, whatever the fault', async () => {
    for (const fault of ['reset', { html: 502 }, 'internal-error', 'throttled', 'hang'] as const) {
      server.received.length = 0;
      play(fault);
      const sent = await client.call({ operation: share, params: sharePar });
      expect(server.received, JSON.stringify(fault)).toHaveLength(1);
      expect(sent.retries).toEqual([]);
    }
  });

  it('does not retry when the case turns retries off, nor after a real answer', async () => {
    play('internal-error');
    expect((await client.call({ operation: read, params: {}, retry: false })).retries).toEqual([]);
    expect(server.received).toHaveLength(1);
    server.received.length = 0;
    play({ envelope: { Error: { Code: 'InvalidParameterValue', Message: 'no' } } });
    expect((await client.call({ operation: read, params: {} })).retries).toEqual([]);
    expect(server.received).toHaveLength(1);
  });

  it('keeps the secret key out of the recorded exchange and the retry reasons', async () => {
    play({ html: 500 });
    const sent = await client.call({ operation: read, params: {} });
    expect(JSON.stringify(sent)).not.toContain(credentials.secretKey);
  });

  it('stops retrying once the target looks dead (three calls in a row without any answer), and resumes when it answers', async () => {
    server.script = () => 'reset';
    for (let i = 0; i < 3; i++) await client.call({ operation: read, params: {} });
    expect(server.received).toHaveLength(3 * RETRY.attempts);
    server.received.length = 0;
    await client.call({ operation: read, params: {} });
    expect(server.received).toHaveLength(1);
    play({ html: 503 });
    server.received.length = 0;
    await client.call({ operation: read, params: {} });
    expect(server.received).toHaveLength(1);
    server.received.length = 0;
    play({ html: 503 });
    await client.call({ operation: read, params: {} });
    expect(server.received).toHaveLength(2);
  });
});
