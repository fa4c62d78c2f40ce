// Benchmark 1 (and the soak of benchmark 5): the standalone mock (`tcconform mock --no-rate-limits`, a process of
// its own) under signed, state-changing load — ShareBlueprintAcrossAccounts and CancelShareBlueprintAcrossAccounts
// alternating, TC3 POST, keep-alive, 32 connections — from a separate autocannon process, against a bare node:http
// server answering a fixed envelope, in the same run and interleaved (bare, mock, bare, mock) so drift cancels.
import { freshSequences, resetMock, startBenchMock } from './bench-mock.ts';
import { figure, ratio, type Figure } from './figure.ts';
import type { LoadResult } from './load-job.ts';
import { journalSample, type JournalSample } from './journal-sample.ts';
import { procCpuMs } from './proc-cpu.ts';
import { procMemory } from './proc-memory.ts';
import { runLoad } from './run-load.ts';
import { spawnServer, type ChildServer } from './spawn-server.ts';

/** How long and how hard. */
export interface ThroughputOptions {
  readonly connections: number;
  readonly rounds: number;
  readonly roundSeconds: number;
  readonly warmupSeconds: number;
  /** Write a CPU profile of the mock process into this folder. */
  readonly profileDir?: string;
}

/** One measured round: each server's load result and the CPU milliseconds its process used meanwhile. */
interface Round {
  readonly bare: LoadResult;
  readonly mock: LoadResult;
  readonly bareCpuMs: number;
  readonly mockCpuMs: number;
  readonly journal: JournalSample;
}

/** Loads `server` for `seconds`; the CPU its process used is read from /proc around the load. */
async function loaded(server: ChildServer, opts: ThroughputOptions, seconds: number): Promise<{ result: LoadResult; cpuMs: number }> {
  const before = procCpuMs(server.pid);
  const result = await runLoad({ url: server.url, connections: opts.connections, sequences: freshSequences(opts.connections), durationS: seconds });
  return { result, cpuMs: procCpuMs(server.pid) - before };
}

async function round(mock: ChildServer, bare: ChildServer, opts: ThroughputOptions, seconds: number): Promise<Round> {
  const b = await loaded(bare, opts, seconds);
  await resetMock(mock.url);
  const m = await loaded(mock, opts, seconds);
  return { bare: b.result, mock: m.result, bareCpuMs: b.cpuMs, mockCpuMs: m.cpuMs, journal: await journalSample(mock.url) };
}

/** Measures the mock against the bare server; the figures are ratios and rates of the same run. */
export async function mockThroughput(opts: ThroughputOptions): Promise<{ figures: Figure[]; details: unknown }> {
  const bare = await spawnServer(['--import', 'tsx', 'bench/bare-server.ts']);
  const { mock, cleanup } = await startBenchMock(opts.connections, opts.profileDir);
  try {
    await round(mock, bare, opts, opts.warmupSeconds);
    const rounds: Round[] = [];
    for (let i = 0; i < opts.rounds; i++) rounds.push(await round(mock, bare, opts, opts.roundSeconds));
    const peakRssMiB = procMemory(mock.pid).peakRssMiB;
    return { figures: figures(rounds, peakRssMiB), details: { rounds, peakRssMiB } };
  } finally {
    await cleanup();
    await bare.stop();
  }
}

function figures(rounds: readonly Round[], peakRssMiB: number): Figure[] {
  const sum = (f: (r: Round) => number) => rounds.reduce((s, r) => s + f(r), 0);
  const mockRps = sum((r) => r.mock.requests) / sum((r) => r.mock.durationS);
  const bareRps = sum((r) => r.bare.requests) / sum((r) => r.bare.durationS);
  const refused = sum((r) => r.mock.non2xx + r.mock.errors + r.mock.errorEnvelopes);
  const sampled = sum((r) => r.journal.entries);
  const changed = sum((r) => r.journal.stateChanged);
  const p99 = Math.max(...rounds.map((r) => r.mock.latencyP99Ms));
  const mockCpuUs = (sum((r) => r.mockCpuMs) * 1000) / sum((r) => r.mock.requests);
  const bareCpuUs = (sum((r) => r.bareCpuMs) * 1000) / sum((r) => r.bare.requests);
  return [
    figure('mock.rpsRatio', 'Mock throughput / bare node:http', ratio(mockRps, bareRps), '×',
      `${Math.round(mockRps)} vs ${Math.round(bareRps)} req/s, ${rounds.length} interleaved rounds`, { op: '>=', value: 0.5 }),
    figure('mock.rps', 'Mock throughput (share/cancel, 32 conns)', mockRps, 'req/s', `${sum((r) => r.mock.requests)} requests`),
    figure('mock.refused', 'Mock answers that were not successes', refused, 'answers',
      `non-2xx, errors and error envelopes of every answer; journal sample: ${changed}/${sampled} changed the state`, { op: '<=', value: 0 }),
    figure('mock.cpuPerRequest', 'Mock CPU per request (user + system)', mockCpuUs, 'µs',
      `bare server ${bareCpuUs.toFixed(1)} µs; /proc/PID/stat of each server process around its rounds`),
    figure('mock.p99', 'Mock p99 latency under load', p99, 'ms', `bare server p99 ${Math.max(...rounds.map((r) => r.bare.latencyP99Ms))} ms`),
    figure('mock.peakRss', 'Mock peak RSS', peakRssMiB, 'MiB', 'VmHWM of the mock process after the throughput rounds'),
  ];
}
