// The last entries of the mock's request journal (GET /_admin/journal): how many answered success and changed state.

/** What the sample says. */
export interface JournalSample {
  readonly entries: number;
  readonly successes: number;
  readonly stateChanged: number;
}

/** The journal entries' fields the sample reads. */
interface Entry {
  readonly code: string | null;
  readonly stateChanged: boolean;
}

/** Counts successes and state changes among `entries`. */
export function summarizeJournal(entries: readonly Entry[]): JournalSample {
  return { entries: entries.length, successes: entries.filter((e) => e.code === null).length, stateChanged: entries.filter((e) => e.stateChanged).length };
}

/** Reads the newest `limit` journal entries of the mock at `url` and summarises them. */
export async function journalSample(url: string, limit = 1000): Promise<JournalSample> {
  const res = await fetch(`${url}/_admin/journal?limit=${limit}`);
  if (!res.ok) throw new Error(`journal answered ${res.status}`);
  const body = (await res.json()) as { entries: Entry[] };
  return summarizeJournal(body.entries);
}
