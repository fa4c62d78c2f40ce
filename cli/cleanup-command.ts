// `tcconform cleanup --fixtures FILE [--endpoint URL] [--ledger FILE]`: undoes what a killed run left behind.

import { resolve } from 'node:path';
import type { Io } from './io.ts';
import { ExitCode } from './exit-codes.ts';
import { parseFlags } from '../core/parse-flags.ts';
import { cleanupLedger } from './cleanup-ledger.ts';
import { defaultLedgerPath } from './default-ledger-path.ts';
import { loadFixtures } from '../suites/harness/load-fixtures.ts';
import { defaultRegions } from '../core/fixtures.ts';
import type { RunConfig } from '../suites/harness/run-config.ts';

const help = `Usage: tcconform cleanup --fixtures FILE [--endpoint URL] [--ledger FILE] [--timeout MS]

Undo every mutation a run wrote to its ledger but did not undo (a run killed with SIGKILL, a crash, a lost
network). Without --endpoint the live API is used, with credentials from TENCENTCLOUD_SECRET_ID /
TENCENTCLOUD_SECRET_KEY (optional TENCENTCLOUD_SECURITY_TOKEN). Safe to run twice.

Exit codes: 0 nothing left to undo, 2 usage or configuration error, 3 some mutations could not be undone.
`;

/** Runs the command; returns the exit code. */
export async function cleanupCommand(argv: string[], io: Io): Promise<number> {
  const parsed = parseFlags('cleanup', argv, { fixtures: { type: 'string' }, endpoint: { type: 'string' }, ledger: { type: 'string' }, timeout: { type: 'string' }, help: { type: 'boolean', short: 'h' } });
  if (!parsed.ok) {
    io.err(parsed.error);
    return ExitCode.Usage;
  }
  const v = parsed.value.values;
  if (v['help'] === true) {
    io.out(help);
    return ExitCode.Ok;
  }
  if (typeof v['fixtures'] !== 'string') {
    io.err('tcconform cleanup: --fixtures FILE is required (see tcconform cleanup --help)');
    return ExitCode.Usage;
  }
  const endpoint = typeof v['endpoint'] === 'string' ? v['endpoint'].replace(/\/+$/, '') : '';
  const timeoutMs = typeof v['timeout'] === 'string' && /^\d+$/.test(v['timeout']) ? Number(v['timeout']) : 10_000;
  const fixtures = await loadFixtures(resolve(v['fixtures']));
  const config: RunConfig = {
    target: { kind: endpoint ? 'endpoint' : 'live', baseUrl: endpoint, rateLimitBaseUrl: endpoint, timeoutMs },
    fixtures, fixturesSource: String(v['fixtures']), allowMutations: true, pace: true, seed: 0, runs: 0, products: [], actions: [],
    caseFilter: '', replayPath: '', regions: defaultRegions(fixtures),
    ledgerPath: typeof v['ledger'] === 'string' ? resolve(v['ledger']) : defaultLedgerPath(process.cwd(), endpoint ? 'endpoint' : 'live', endpoint),
  };
  const left = await cleanupLedger(config, io);
  io.out(left.length === 0 ? 'tcconform cleanup: nothing left to undo' : `tcconform cleanup: ${left.length} mutation(s) could not be undone`);
  return left.length === 0 ? ExitCode.Ok : ExitCode.Harness;
}
