// The request journal: a bounded ring buffer, oldest dropped first. Entries are built (and redacted) when read,
// not when written, so journaling costs the request path almost nothing.
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
  /** Records entry `seq`, built by `build` on first read. */
  readonly add: (seq: number, build: () => JournalEntry) => void;
  readonly read: (query?: JournalQuery) => JournalEntry[];
  readonly clear: () => void;
}

/** Builds an entry; a builder that fails still leaves a (minimal) entry rather than breaking the read. */
function safely(slot: Slot): JournalEntry {
  try {
    return slot.build();
  } catch {
    return { seq: slot.seq, time: '', peer: '', request: { method: '', path: '', headers: {}, body: '' }, code: 'unrecorded', requestId: null, stateChanged: false, faults: [], durationMs: 0 };
  }
}

interface Slot {
  readonly seq: number;
  build: () => JournalEntry;
}

/** A journal keeping the last `capacity` entries. */
export function createJournal(capacity = 1000): Journal {
  const ring: Array<Slot | undefined> = new Array(Math.max(1, capacity));
  let written = 0;
  let seq = 0;
  return {
    nextSeq: () => ++seq,
    add(slotSeq, build) {
      ring[written % ring.length] = { seq: slotSeq, build };
      written += 1;
    },
    read(query = {}) {
      const count = Math.min(written, ring.length);
      const out: JournalEntry[] = [];
      for (let i = written - count; i < written; i += 1) {
        const slot = ring[i % ring.length];
        if (slot === undefined || slot.seq <= (query.since ?? 0)) continue;
        const entry = safely(slot);
        slot.build = () => entry;
        out.push(entry);
      }
      return query.limit !== undefined ? out.slice(Math.max(0, out.length - query.limit)) : out;
    },
    clear() {
      ring.fill(undefined);
      written = 0;
    },
  };
}
