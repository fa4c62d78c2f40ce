// Undoes every unsettled intent of the run's ledger (after a run, after Ctrl-C, and for `tcconform cleanup`).

import { readFile } from 'node:fs/promises';
import type { Io } from './io.ts';
import type { RunConfig } from '../suites/harness/run-config.ts';
import { readLedger } from '../suites/harness/read-ledger.ts';
import { openLedger } from '../suites/harness/ledger.ts';
import { applyUndo } from '../suites/harness/apply-undo.ts';
import { createTargetClient } from '../suites/harness/target-client.ts';
import { resolveCredentials } from '../suites/harness/suite-context.ts';

/** Undoes pending intents newest first; returns the ones that could not be undone (still pending). */
export async function cleanupLedger(config: RunConfig, io: Io): Promise<string[]> {
  let text = '';
  try {
    text = await readFile(config.ledgerPath, 'utf8');
  } catch {
    return [];
  }
  const state = readLedger(text);
  for (const u of state.unreadable) io.err(`tcconform: ledger ${config.ledgerPath} line ${u.line} unreadable (torn write?), skipped`);
  if (state.pending.length === 0) return [];
  io.err(`tcconform: undoing ${state.pending.length} mutation(s) left in ${config.ledgerPath}`);
  const client = createTargetClient(config, resolveCredentials(config));
  const ledger = openLedger(config.ledgerPath);
  const left: string[] = [];
  try {
    for (const intent of [...state.pending].reverse()) {
      const why = await applyUndo(client, intent);
      if (why === undefined) ledger.settle(intent.id, 'cleanup');
      else left.push(`${intent.operation} ${JSON.stringify(intent.params)}: ${why}`);
    }
  } finally {
    ledger.close();
    await client.close();
  }
  for (const l of left) io.err(`tcconform: could not undo ${l}`);
  return left;
}
