// The bench's small helpers: flags and sizes, the table, /proc parsing, journal samples, soak chunks and figures,
// profile areas, and that the bench world and its signed requests are what the mock accepts.
import { describe, expect, it } from 'vitest';
import { benchSizes, parseBenchArgs, BENCHMARKS } from './bench-options.ts';
import { formatNumber, formatTable } from './format-table.ts';
import { figure } from './figure.ts';
import { parseProcStatus } from './proc-memory.ts';
import { summarizeJournal } from './journal-sample.ts';
import { chunkAmount, soakFigures } from './mock-soak.ts';
import { areaOf, summarizeProfiles } from './summarize-profile.ts';
import { isRateProbe, throttled } from './paced-entry.ts';
import { benchWorld, benchBlueprintId } from './bench-world.ts';
import { shareCancelRequests } from './share-cancel-requests.ts';
import { validateWorld } from '../mock/world/validate-world.ts';
import { createEngine } from '../mock/engine/engine.ts';
import { operations } from '../generated/operations.ts';
import { KEYS } from '../mock/world/default-ids.ts';

describe('bench options', () => {
  it('parses flags and refuses unknown ones in one line', () => {
    const ok = parseBenchArgs(['--quick', '--only', 'mock,report', '--profile=/tmp/p'], 'out.json');
    expect(ok).toEqual({ ok: true, value: { quick: true, only: ['mock', 'report'], out: 'out.json', help: false, profileDir: '/tmp/p' } });
    expect(parseBenchArgs([], 'o').ok && parseBenchArgs([], 'o')).toMatchObject({ value: { only: [...BENCHMARKS], quick: false } });
    expect(parseBenchArgs(['--only', 'nope'], 'o')).toEqual({ ok: false, error: expect.stringContaining("not 'nope'") });
    expect(parseBenchArgs(['--fast'], 'o')).toEqual({ ok: false, error: expect.stringContaining("'--fast'") });
    expect(parseBenchArgs(['--out'], 'o')).toEqual({ ok: false, error: 'bench: --out needs a value' });
    expect(parseBenchArgs(['--baseline', '../base'], 'o')).toMatchObject({ ok: true, value: { baseline: '../base' } });
    expect(parseBenchArgs(['--baseline='], 'o')).toEqual({ ok: false, error: 'bench: --baseline needs a value' });
    expect(parseBenchArgs([], 'o')).not.toHaveProperty('value.baseline');
  });

  it('keeps the full sizes the issue asks for, and quick ones smaller', () => {
    const full = benchSizes(false);
    const quick = benchSizes(true);
    expect(full.soak.total).toBe(1_000_000);
    expect(full.throughput.connections).toBe(32);
    expect(full.run.runs).toEqual([25, 50, 100, 200]);
    expect(full.reportCases).toBe(100_000);
    expect(quick.soak.total).toBeLessThan(full.soak.total);
    expect(quick.judging.runsPerProperty).toBeLessThan(full.judging.runsPerProperty);
  });
});

describe('table', () => {
  it('aligns columns and marks missed targets', () => {
    const text = formatTable([
      figure('a', 'Mock throughput / bare', 0.42, '×', '4,200 vs 10,000 req/s', { op: '>=', value: 0.5 }),
      figure('b', 'Peak RSS', 12.4, 'MiB', 'VmHWM'),
    ]);
    const lines = text.split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[2]).toMatch(/^Mock throughput \/ bare\s+0\.42 ×\s+>= 0\.5\s+MISSED\s+4,200 vs 10,000 req\/s$/);
    expect(lines[3]).toMatch(/^Peak RSS\s+12\.4 MiB\s+VmHWM$/);
    expect(lines[2]?.indexOf('0.42')).toBe(lines[3]?.indexOf('12.4'));
    expect(formatNumber(12345.678)).toBe('12,346');
    expect(formatNumber(0.9012)).toBe('0.9');
    expect(formatNumber(Number.NaN)).toBe('NaN');
  });
});

describe('helpers', () => {
  it('reads VmRSS and VmHWM', () => {
    expect(parseProcStatus('Name:\tnode\nVmHWM:\t  204800 kB\nVmRSS:\t  102400 kB\n')).toEqual({ rssMiB: 100, peakRssMiB: 200 });
    expect(parseProcStatus('').rssMiB).toBeNaN();
  });

  it('summarises a journal sample', () => {
    expect(summarizeJournal([{ code: null, stateChanged: true }, { code: 'X', stateChanged: false }])).toEqual({ entries: 2, successes: 1, stateChanged: 1 });
  });

  it('rounds soak chunks so every connection ends on a cancel, and measures growth after warm-up', () => {
    expect(chunkAmount(1_000_000, 10, 32)).toBe(100_032);
    expect(chunkAmount(1_000_000, 10, 32) % 64).toBe(0);
    const flat = [0, 100, 200, 300].map((k, i) => ({ requests: k * 1000, rssMiB: [50, 120, 121, 120][i] ?? 0, rps: 1, refused: 0 }));
    const [growth] = soakFigures(flat, 130);
    expect(growth?.value).toBeCloseTo(0, 10);
    expect(growth?.meets).toBe(true);
    const leaking = flat.map((s) => ({ ...s, rssMiB: 50 + s.requests / 20_000 }));
    expect(soakFigures(leaking, 130)[0]).toMatchObject({ value: 5, meets: false });
  });

  it('tells the rate case’s probes from paced requests', () => {
    expect(isRateProbe({ seq: 1, time: '', code: null, params: { BlueprintId: 'lhbp-00000000' } })).toBe(true);
    expect(isRateProbe({ seq: 1, time: '', code: null, params: { BlueprintId: 'lhbp-gmain000' } })).toBe(false);
    expect(throttled({ seq: 1, time: '', code: 'RequestLimitExceeded', params: {} })).toBe(true);
    expect(throttled({ seq: 1, time: '', code: null })).toBe(false);
  });

  it('groups profile time by area and function', () => {
    expect(areaOf('file:///w/node_modules/undici/lib/x.js', 'f')).toBe('undici');
    expect(areaOf('file:///w/node_modules/@vitest/runner/x.js', 'f')).toBe('@vitest/runner');
    expect(areaOf('file:///w/main/mock/engine/engine.ts', 'f')).toBe('mock/engine');
    expect(areaOf('', '(garbage collector)')).toBe('(gc)');
    const profile = {
      nodes: [
        { id: 1, callFrame: { functionName: '(root)', url: '', lineNumber: 0 }, children: [2] },
        { id: 2, callFrame: { functionName: 'outer', url: 'file:///w/core/a.ts', lineNumber: 0 }, children: [3] },
        { id: 3, callFrame: { functionName: 'inner', url: 'file:///w/core/b.ts', lineNumber: 9 } },
      ],
      samples: [3, 3, 2], timeDeltas: [0, 1000, 1000, 2000], startTime: 0, endTime: 4000,
    };
    const s = summarizeProfiles([profile]);
    expect(s.functions[0]).toMatchObject({ name: 'inner b.ts:10', selfMs: 2 });
    expect(s.inclusive.find((r) => r.name === 'outer a.ts:1')?.selfMs).toBe(4);
  });
});

describe('bench world', () => {
  it('is a valid world whose signed share/cancel sequences all succeed and change the state', () => {
    const world = benchWorld({ blueprints: 4, recipients: 8 });
    expect(validateWorld(world, 'bench').ok).toBe(true);
    const engine = createEngine({ world, operations, rateLimits: false });
    const sequences = shareCancelRequests({ connections: 4, pairsPerConnection: 3, recipients: 8, credentials: KEYS.caller, timestamp: Math.floor(Date.now() / 1000) });
    expect(sequences).toHaveLength(4);
    expect(sequences[0]?.[0]?.body).toContain(benchBlueprintId(0));
    // Connections interleaved, each cycling its own sequence twice over.
    for (let lap = 0; lap < 2; lap++) {
      for (let j = 0; j < 6; j++) {
        for (const seq of sequences) {
          const wire = seq[j];
          if (wire === undefined) throw new Error('short sequence');
          const reply = engine.handle({ wire, peer: '127.0.0.1' });
          expect(reply.body).not.toContain('"Error"');
        }
      }
    }
    expect(engine.journal.read().every((e) => e.code === null && e.stateChanged)).toBe(true);
  });
});
