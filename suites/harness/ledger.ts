// The ledger file writer: append-only JSON Lines, each line flushed to disk before the request it announces.

import { closeSync, fstatSync, fsyncSync, mkdirSync, openSync, readSync, writeSync } from 'node:fs';
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

/** Opens (creating if needed) the ledger at `path` for appending. A torn last line left by a killed writer is
 * closed with a newline first, so the next entry starts on a line of its own instead of being glued to it. */
export function openLedger(path: string, options: { readonly durable?: boolean } = {}): Ledger {
  // fsync makes a line survive a machine crash; a write alone already survives a killed process. Off the embedded
  // mock (which dies with the run) only the latter matters, and skipping fsync halves a mutating case's cost.
  const durable = options.durable ?? true;
  mkdirSync(dirname(path), { recursive: true });
  const fd = openSync(path, 'a+');
  if (endsTorn(fd)) {
    writeSync(fd, '\n');
    fsyncSync(fd);
  }
  const append = (entry: LedgerEntry): void => {
    writeSync(fd, `${JSON.stringify(entry)}\n`);
    if (durable) fsyncSync(fd);
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

/** True when the file is not empty and its last byte is not a newline. */
function endsTorn(fd: number): boolean {
  const size = fstatSync(fd).size;
  if (size === 0) return false;
  const last = Buffer.alloc(1);
  readSync(fd, last, 0, 1, size - 1);
  return last[0] !== 0x0a;
}
