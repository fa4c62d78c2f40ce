// The journal entries the pacing benchmark reads, and which of them belong to the rate-limit case's own probes.

/** The fields of a mock journal entry the pacing benchmark reads. */
export interface PacedEntry {
  readonly seq: number;
  readonly time: string;
  readonly operation?: string;
  readonly code: string | null;
  readonly params?: Readonly<Record<string, unknown>>;
}

// suites/rate/rate-limits.test.ts probes with IDs that exist nowhere, and bursts over the limit on purpose.
const PROBE_IDS = new Set(['lhbp-00000000', 'img-00000000']);

/** True for a request of the rate-limit case (its paced series and its deliberate burst). */
export function isRateProbe(entry: PacedEntry): boolean {
  const p = entry.params ?? {};
  return PROBE_IDS.has(String(p['BlueprintId'])) || PROBE_IDS.has(String(p['ImageId']));
}

/** True when the answer was RequestLimitExceeded (or one of its sub-codes). */
export function throttled(entry: PacedEntry): boolean {
  return entry.code !== null && entry.code.startsWith('RequestLimitExceeded');
}
