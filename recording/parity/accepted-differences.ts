// The committed list of differences between the mock and a recorded target that the project accepts on purpose,
// each with its reason. Parity still lists every accepted difference (with the reason); it only counts it apart.

import { readFileSync } from 'node:fs';
import type { Result } from '../../core/types.ts';
import { differenceKinds, type DifferenceKind } from './compare-answers.ts';
import type { ParityDifference } from './parity-model.ts';

/** One accepted difference: which action (or `*`), which kind, which path (prefix; empty for any), and why. */
export interface AcceptedDifference {
  readonly operation: string;
  readonly kind: DifferenceKind;
  readonly path?: string;
  readonly reason: string;
}

/** Reads and checks `file` (`{ "version": 1, "accepted": [...] }`); every problem is one line naming the file and entry. */
export function readAccepted(file: string): Result<AcceptedDifference[], string> {
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    return { ok: false, error: `${file}: cannot read accepted differences (${(err instanceof Error ? err.message : String(err)).split('\n')[0]})` };
  }
  const list = (value as { version?: unknown; accepted?: unknown } | null);
  if (list?.version !== 1 || !Array.isArray(list.accepted)) return { ok: false, error: `${file}: expected { "version": 1, "accepted": [...] }` };
  for (const [i, e] of (list.accepted as Record<string, unknown>[]).entries()) {
    const where = `${file}: accepted[${i}]`;
    if (typeof e?.['operation'] !== 'string') return { ok: false, error: `${where}: operation must be an operation key or *` };
    if (!differenceKinds.includes(e['kind'] as DifferenceKind)) return { ok: false, error: `${where}: kind must be one of ${differenceKinds.join(', ')}` };
    if (typeof e['reason'] !== 'string' || e['reason'].trim() === '') return { ok: false, error: `${where}: every accepted difference needs a reason` };
    if (e['path'] !== undefined && typeof e['path'] !== 'string') return { ok: false, error: `${where}: path must be a string` };
  }
  return { ok: true, value: list.accepted as AcceptedDifference[] };
}

/** The reason `d` is accepted, or undefined. */
export function acceptedReason(d: Omit<ParityDifference, 'accepted'>, accepted: readonly AcceptedDifference[]): string | undefined {
  return accepted.find((a) => (a.operation === '*' || a.operation === d.operation) && a.kind === d.kind && d.path.startsWith(a.path ?? ''))?.reason;
}
