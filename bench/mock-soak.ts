// Benchmark 5b: one million signed share/cancel requests against the standalone mock (rate limits off), its RSS
// sampled after every chunk of 100,000: memory must stay flat (the world holds at most one share per blueprint
// and the journal is a ring of 1,000 entries), so the figure is the slope of RSS after the first chunk.
import { figure, type Figure } from './figure.ts';
import { linearFit } from './linear-fit.ts';
import { freshSequences, resetMock, startBenchMock } from './bench-mock.ts';
import { procMemory } from './proc-memory.ts';
import { runLoad } from './run-load.ts';

/** How many requests, in how many chunks. */
export interface SoakOptions {
  readonly connections: number;
  readonly total: number;
  readonly chunks: number;
}

/** One RSS sample. */
export interface RssSample {
  readonly requests: number;
  readonly rssMiB: number;
  readonly rps: number;
  readonly refused: number;
}

/** Requests per chunk, rounded up so every connection ends on a cancel (its blueprint unshared again). */
export function chunkAmount(total: number, chunks: number, connections: number): number {
  const step = 2 * connections;
  return Math.ceil(total / chunks / step) * step;
}

/** Sends `total` requests in `chunks` chunks, each signed afresh, sampling the mock's RSS after each. */
export async function mockSoak(opts: SoakOptions): Promise<{ figures: Figure[]; details: unknown }> {
  const { mock, cleanup } = await startBenchMock(opts.connections);
  try {
    await resetMock(mock.url);
    const amount = chunkAmount(opts.total, opts.chunks, opts.connections);
    const samples: RssSample[] = [{ requests: 0, rssMiB: procMemory(mock.pid).rssMiB, rps: 0, refused: 0 }];
    for (let i = 1; i <= opts.chunks; i++) {
      const r = await runLoad({ url: mock.url, connections: opts.connections, sequences: freshSequences(opts.connections), amount });
      samples.push({ requests: (samples.at(-1)?.requests ?? 0) + r.requests, rssMiB: procMemory(mock.pid).rssMiB, rps: r.rps, refused: r.non2xx + r.errors + r.errorEnvelopes });
    }
    const peak = procMemory(mock.pid).peakRssMiB;
    return { figures: soakFigures(samples, peak), details: { samples, peakRssMiB: peak } };
  } finally {
    await cleanup();
  }
}

/** The slope of RSS over requests after the first chunk (warm-up: JIT, heap sizing), per 100,000 requests. */
export function soakFigures(samples: readonly RssSample[], peakMiB: number): Figure[] {
  const warm = samples.slice(1);
  const slope = warm.length >= 2 ? linearFit(warm.map((s) => ({ x: s.requests / 100_000, y: s.rssMiB }))).slope : Number.NaN;
  const total = samples.at(-1)?.requests ?? 0;
  const refused = samples.reduce((s, x) => s + x.refused, 0);
  const rates = warm.map((s) => s.rps);
  return [
    figure('soak.rssSlope', `Mock RSS growth over ${total.toLocaleString('en-US')} requests`, slope, 'MiB/100k',
      `RSS after each chunk: ${samples.map((s) => s.rssMiB.toFixed(0)).join(' → ')} MiB (peak ${peakMiB.toFixed(0)}); least-squares slope after the first chunk; ${refused} answers not successes; ${Math.round(Math.min(...rates))}–${Math.round(Math.max(...rates))} req/s per chunk`,
      { op: '<=', value: 1 }),
  ];
}
