// Reads a ledger file's text: the intents still unsettled, tolerating a torn last line from a killed writer.

import type { IntentEntry, LedgerEntry } from './ledger-entry.ts';

/** Unsettled intents in the order they were written, and lines that could not be read. */
export interface LedgerState {
  readonly pending: readonly IntentEntry[];
  readonly unreadable: readonly { readonly line: number; readonly text: string }[];
}

/** Parses JSON Lines; a line that is not a complete entry is reported, never fatal. */
export function readLedger(text: string): LedgerState {
  const intents = new Map<string, IntentEntry>();
  const settled = new Set<string>();
  const unreadable: { line: number; text: string }[] = [];
  text.split('\n').forEach((raw, i) => {
    if (raw.trim() === '') return;
    const entry = parseEntry(raw);
    if (entry === undefined) unreadable.push({ line: i + 1, text: raw.slice(0, 120) });
    else if (entry.kind === 'intent') intents.set(entry.id, entry);
    else settled.add(entry.id);
  });
  return { pending: [...intents.values()].filter((e) => !settled.has(e.id)), unreadable };
}

function parseEntry(raw: string): LedgerEntry | undefined {
  try {
    const v = JSON.parse(raw) as Partial<LedgerEntry>;
    if (typeof v !== 'object' || v === null || typeof v.id !== 'string') return undefined;
    if (v.kind === 'intent' && typeof v.operation === 'string' && typeof v.region === 'string' && typeof v.params === 'object') return v as IntentEntry;
    if (v.kind === 'settled') return v as LedgerEntry;
    return undefined;
  } catch {
    return undefined;
  }
}
