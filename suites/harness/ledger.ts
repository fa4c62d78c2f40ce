// The ledger file writer: append-only JSON Lines, each line flushed to disk before the request it announces.

import { closeSync, fsyncSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { randomUUID } from 'node:crypto';
import type { IntentEntry, LedgerEntry, SettledEntry, UndoCall } from './ledger-entry.ts';
import type { Params } from '../../core/types.ts';

/** An open ledger. Writes are synchronous on purpose: a SIGKILL right after `intend` must find the line on disk. */
export interface Ledger {
  readonly path: string;
  readonly intend: (operation: string, region: string, params: Params, undo: readonly UndoCall[]) => IntentEntry;
  readonly settle: (id: string, how: SettledEntry['how']) => void;
  readonly close: () => void;
}

/** Opens (creating if needed) the ledger at `path` for appending. */
export function openLedger(path: string): Ledger {
  mkdirSync(dirname(path), { recursive: true });
  const fd = openSync(path, 'a');
  const append = (entry: LedgerEntry): void => {
    writeSync(fd, `${JSON.stringify(entry)}\n`);
    fsyncSync(fd);
  };
  return {
    path,
    intend: (operation, region, params, undo) => {
      const entry: IntentEntry = { kind: 'intent', id: randomUUID(), at: new Date().toISOString(), operation, region, params, undo };
      append(entry);
      return entry;
    },
    settle: (id, how) => append({ kind: 'settled', id, at: new Date().toISOString(), how }),
    close: () => closeSync(fd),
  };
}
