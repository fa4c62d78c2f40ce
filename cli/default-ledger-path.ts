// Where a run keeps its ledger when --ledger is not given: one file per target, so a later live run (or
// `tcconform cleanup`) never tries to undo entries that a run against another target left behind.

import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** `.tcconform/ledger-<target>.jsonl` in `cwd` for live and endpoint targets; a per-process temp file for the mock
 * and for a replayed recording (nothing there can change). */
export function defaultLedgerPath(cwd: string, target: 'mock' | 'live' | 'endpoint' | 'recording', endpoint: string): string {
  if (target === 'recording') return join(tmpdir(), `tcconform-replay-ledger-${process.pid}.jsonl`);
  if (target === 'mock') return join(tmpdir(), `tcconform-mock-ledger-${process.pid}.jsonl`);
  const name = target === 'live' ? 'live' : `endpoint-${endpoint.replace(/^https?:\/\//, '').replace(/[^A-Za-z0-9.-]+/g, '_')}`;
  return resolve(cwd, '.tcconform', `ledger-${name}.jsonl`);
}
