// The standalone mock as the throughput and soak benchmarks run it: seeded with the bench world, rate limits off,
// reset between rounds, loaded with share/cancel sequences signed just before each round.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { WireRequest } from '../core/types.ts';
import { KEYS } from '../mock/index.ts';
import { benchWorld } from './bench-world.ts';
import { shareCancelRequests } from './share-cancel-requests.ts';
import { spawnServer, type ChildServer } from './spawn-server.ts';

const RECIPIENTS = 64;

/** The signed share/cancel sequences, signed now (the mock accepts five minutes either side). */
export function freshSequences(connections: number): WireRequest[][] {
  return shareCancelRequests({ connections, pairsPerConnection: 8, recipients: RECIPIENTS, credentials: KEYS.caller, timestamp: Math.floor(Date.now() / 1000) });
}

/** Writes the bench world and starts the standalone mock on it (rate limits off). */
export async function startBenchMock(connections: number, profileDir?: string): Promise<{ mock: ChildServer; cleanup: () => Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), 'tcconform-bench-world-'));
  const world = join(dir, 'world.json');
  writeFileSync(world, JSON.stringify(benchWorld({ blueprints: connections, recipients: RECIPIENTS })));
  const prof = profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [];
  const mock = await spawnServer([...prof, 'bin/tcconform.js', 'mock', '--port', '0', '--world', world, '--no-rate-limits']);
  return { mock, cleanup: async () => { await mock.stop(); rmSync(dir, { recursive: true, force: true }); } };
}

/** Back to the seeded world, so every round starts with no share outstanding. */
export async function resetMock(url: string): Promise<void> {
  const res = await fetch(`${url}/_admin/reset`, { method: 'POST' });
  if (!res.ok) throw new Error(`mock reset answered ${res.status}`);
}
