// Hostile input against the standalone mock (`tcconform mock`, its own process, rate limits on): slow clients
// that never finish their body or their headers are refused in the envelope on time while others are served, and
// after a storm of malformed requests the process is still alive and serves a valid signed request.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scaled } from '../core/testing/scale.ts';
import { startCliMock } from './testing/spawn-cli.ts';
import { sendCall, testClient } from '../mock/testing/signed-call.ts';
import { KEYS } from '../mock/world/default-ids.ts';
import { answerProblems, allowedCodes } from '../mock/fuzz/answer-problems.ts';
import { exchangeRaw } from '../mock/fuzz/raw-exchange.ts';
import { runStorm } from '../mock/fuzz/storm.ts';

const WARMUP = 1_000;
const STORM = scaled(1_000, 20_000, process.env['TCCONFORM_FUZZ_STANDALONE_REQUESTS']);

let mock: Awaited<ReturnType<typeof startCliMock>>;
let port = 0;
beforeAll(async () => {
  mock = await startCliMock([]);
  port = Number(new URL(mock.url).port);
});
afterAll(() => mock.stop());

/** Resident memory of a process, bytes (Linux /proc). */
function rssOf(pid: number | undefined): number {
  const status = readFileSync(`/proc/${pid ?? 0}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0) * 1024;
}

const partial = (text: string) => ({ pieces: [Buffer.from(text)], pauseMs: 0, ending: 'answer' as const, answers: 1, head: false, action: undefined });

// Concurrent: the slow clients wait out their 15 and 20 s while the storm runs, as they would against a busy server.
describe.concurrent('slow clients and the standalone mock', () => {
  it('refuses bodies that never finish after 15 s and headers after 20 s, serving others meanwhile', async () => {
    const started = performance.now();
    const bodies = Array.from({ length: 6 }, () => exchangeRaw(port, partial('POST / HTTP/1.1\r\nhost: cvm.tencentcloudapi.com\r\ncontent-type: application/json\r\ncontent-length: 100\r\n\r\n{"Ima'), 40_000));
    const heads = Array.from({ length: 3 }, () => exchangeRaw(port, partial('POST / HTTP/1.1\r\nhost: cvm.tencentcloudapi.com\r\nx-tc-act'), 40_000));
    const client = testClient();
    const served: number[] = [];
    for (let i = 0; i < 5; i++) {
      const t = performance.now();
      // Another account than the storm's: the standalone mock enforces the per-account rate limits.
      const answer = await sendCall(client, mock.url, { operation: 'cvm.DescribeImages', params: { Limit: 1 }, credentials: KEYS.other });
      expect(answer.code).toBe('success');
      served.push(performance.now() - t);
      await new Promise((r) => setTimeout(r, 500));
    }
    await client.close();
    // Served while the slow clients were still held open (the first of them is refused after 15 s): a property of
    // the order of events, not a latency bound, which belongs in the benchmarks (a busy CI machine broke a 1 s one).
    expect(served).toHaveLength(5);
    expect(performance.now() - started).toBeLessThan(14_000);
    for (const [outcomes, low, high] of [[await Promise.all(bodies), 14_000, 18_000], [await Promise.all(heads), 19_000, 24_000]] as const) {
      for (const o of outcomes) {
        expect(o.responses).toHaveLength(1);
        const judged = answerProblems(o.responses[0]!, allowedCodes(undefined), false);
        expect(judged).toEqual({ problems: [], code: 'InvalidRequest' });
        expect(o.ms).toBeGreaterThan(low);
        expect(o.ms).toBeLessThan(high);
      }
    }
    expect(performance.now() - started).toBeLessThan(30_000);
  }, 40_000);

  it(`survives a storm of ${WARMUP} + ${STORM} malformed requests in its own process and still serves`, async () => {
    // The warm-up (every recipe kind first) fills the journal's ring and the allocator's pools; growth is measured after it.
    const warm = await runStorm({ port, count: WARMUP, seed: 6, concurrency: 16 });
    const before = rssOf(mock.child.pid);
    const storm = await runStorm({ port, count: STORM, seed: 7, concurrency: 16, withCatalogue: false });
    expect([...warm.problems, ...storm.problems]).toEqual([]);
    expect(warm.unanswered + storm.unanswered).toBe(0);
    expect(mock.child.exitCode).toBeNull();
    const client = testClient();
    const answer = await sendCall(client, mock.url, { operation: 'lighthouse.DescribeBlueprints', params: { Limit: 1 }, credentials: KEYS.other });
    await client.close();
    expect(answer.code).toBe('success');
    const growth = rssOf(mock.child.pid) - before;
    console.info(`[fuzz] standalone: ${warm.sent} + ${storm.sent} requests, ${warm.answers + storm.answers} answers, 0 problems; child rss growth after the warm-up ${(growth / 1024 / 1024).toFixed(1)} MB`);
    expect(growth).toBeLessThan(192 * 1024 * 1024);
  }, 30 * 60_000);
});
