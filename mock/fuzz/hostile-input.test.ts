// Hostile input, in-process: a storm of malformed requests over raw sockets (invalid JSON and UTF-8, wrong
// content types, bodies over every size limit, duplicate, oversized and injected headers, deep nesting, wrong
// types, 100,000-item arrays, drip-fed bodies, resets mid-request, HTTP oddities). Every answer is a well-formed
// envelope with a documented code, nothing is left unanswered, memory stays flat, and a valid signed request
// still works afterwards. 5,000 requests under `npm test`; TCCONFORM_LONG=1 sends 100,000 (TCCONFORM_FUZZ_REQUESTS
// sets any other count).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scaled } from '../../core/testing/scale.ts';
import { startMock, type MockHandle } from '../index.ts';
import { sendCall, testClient } from '../testing/signed-call.ts';
import { KEYS } from '../world/default-ids.ts';
import { catalogue } from './hostile-recipes.ts';
import { megabytes, readMemory } from './memory-probe.ts';
import { runStorm, type StormReport } from './storm.ts';
import { signedParams } from './fuzz-signer.ts';
import { httpBytes } from './raw-request.ts';
import { exchangeRaw } from './raw-exchange.ts';

const TOTAL = scaled(5_000, 100_000, process.env['TCCONFORM_FUZZ_REQUESTS']);
const WARMUP = Math.min(1_500, Math.floor(TOTAL / 4));
const SEED = 20260324;
const KINDS = ['invalid-json', 'invalid-utf8', 'content-type', 'oversize', 'duplicate-header', 'many-headers', 'header-injection', 'deep-json', 'wrong-type',
  'huge-array', 'deep-flat', 'drip', 'reset', 'protocol', 'valid'];

let mock: MockHandle;
beforeAll(async () => {
  mock = await startMock({ rateLimits: false });
});
afterAll(() => mock.close());

function summary(r: StormReport): string {
  const codes = Object.entries(r.codes).sort(([, a], [, b]) => b - a).map(([c, n]) => `${c} ${n}`).join(', ');
  return `${r.sent} sent, ${r.answers} answers, ${r.cut} cut on purpose, ${r.unanswered} unanswered, ${r.problemCount} problems; codes: ${codes}`;
}

describe('hostile input to the mock', () => {
  it(`answers ${TOTAL} malformed requests with well-formed envelopes, keeps memory flat, and still serves`, async () => {
    // Warm-up, the catalogue first (one of every kind, 10 MB bodies included): fills the journal's ring, the JIT and
    // the allocator's pools, so the readings around the storm measure growth, not first use.
    const warm = await runStorm({ port: mock.port, count: WARMUP, seed: SEED - 1, concurrency: 32 });
    const before = await readMemory();
    const storm = await runStorm({ port: mock.port, count: TOTAL - WARMUP, seed: SEED, concurrency: 32, withCatalogue: false, deadlineMs: 40 * 60_000 });
    const after = await readMemory();
    console.info(`[fuzz] ${TOTAL} requests: warm-up ${summary(warm)}\n[fuzz] storm ${summary(storm)}\n[fuzz] memory: heapUsed ${megabytes(before.heapUsed)} → ${megabytes(after.heapUsed)}, rss ${megabytes(before.rss)} → ${megabytes(after.rss)} (gc: ${before.collected})`);

    expect([...warm.problems, ...storm.problems]).toEqual([]);
    expect(warm.sent + storm.sent).toBe(TOTAL);
    expect(storm.unanswered + warm.unanswered).toBe(0);
    expect(Object.keys({ ...warm.byKind, ...storm.byKind }).sort()).toEqual([...KINDS].sort());
    expect(storm.answers).toBeGreaterThan(storm.sent - storm.cut - 1);
    // Flat: the journal ring was full before the first reading, so growth means a leak.
    expect(after.heapUsed - before.heapUsed, 'heapUsed growth').toBeLessThan(48 * 1024 * 1024);
    expect(after.rss - before.rss, 'rss growth').toBeLessThan(192 * 1024 * 1024);

    const client = testClient();
    const valid = await sendCall(client, mock.url, { operation: 'cvm.DescribeImages', params: { Limit: 1 }, credentials: KEYS.caller });
    await client.close();
    expect(valid.code).toBe('success');
    const journal = mock.admin.journal();
    expect(journal.length).toBeLessThanOrEqual(1000);
    expect(JSON.stringify(journal)).not.toContain(KEYS.caller.secretKey);
  }, 45 * 60_000);

  it('answers pipelined requests in order: a good request, then a malformed one behind it', async () => {
    mock.admin.setFaults({ latencyMs: 50 });
    const good = signedParams('cvm.DescribeImages', 'json', { Limit: 1 });
    if (good === undefined) throw new Error('cannot sign');
    const bytes = Buffer.concat([httpBytes(good, { close: false }), Buffer.from('GARBAGE / HTTP/1.1\r\n\r\n')]);
    const outcome = await exchangeRaw(mock.port, { pieces: [bytes], pauseMs: 0, ending: 'answer', answers: 2, head: false, action: 'DescribeImages' });
    mock.admin.clearFaults();
    const codes = outcome.responses.map((r) => (JSON.parse(r.body.toString()) as { Response: { Error?: { Code: string } } }).Response.Error?.Code ?? 'success');
    expect(codes).toEqual(['success', 'InvalidRequest']);
  });

  it('has a catalogue recipe for every kind, so a short run covers them all', () => {
    expect([...new Set(catalogue().map((r) => r.kind))].sort()).toEqual([...KINDS].sort());
  });
});
