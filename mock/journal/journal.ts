// The request journal: a bounded ring buffer of redacted entries, oldest dropped first.
import type { JournalEntry } from './journal-entry.ts';

/** What a journal reader may ask for. */
export interface JournalQuery {
  /** Only entries with a larger `seq`. */
  readonly since?: number;
  /** At most this many, the newest ones. */
  readonly limit?: number;
}

/** The journal. */
export interface Journal {
  readonly nextSeq: () => number;
  readonly add: (entry: JournalEntry) => void;
  readonly read: (query?: JournalQuery) => JournalEntry[];
  readonly clear: () => void;
}

/** A journal keeping the last `capacity` entries. */
export function createJournal(capacity = 1000): Journal {
  const ring: Array<JournalEntry | undefined> = new Array(Math.max(1, capacity));
  let written = 0;
  let seq = 0;
  return {
    nextSeq: () => ++seq,
    add(entry) {
      ring[written % ring.length] = entry;
      written += 1;
    },
    read(query = {}) {
      const count = Math.min(written, ring.length);
      const out: JournalEntry[] = [];
      for (let i = written - count; i < written; i += 1) {
        const entry = ring[i % ring.length];
        if (entry !== undefined && entry.seq > (query.since ?? 0)) out.push(entry);
      }
      return query.limit !== undefined ? out.slice(Math.max(0, out.length - query.limit)) : out;
    },
    clear() {
      ring.fill(undefined);
      written = 0;
    },
  };
}
