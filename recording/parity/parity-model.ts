// The parity results: per action the share of recorded exchanges the mock answered alike, and every difference,
// classified. Pure data (parity.json); the HTML page and the CLI summary read only this.

import type { Difference, DifferenceKind } from './compare-answers.ts';

/** Bumped on any incompatible change of parity.json. */
export const PARITY_SCHEMA_VERSION = 1;

/** One exchange whose replayed answer differed from the recorded one. */
export interface ParityDifference extends Difference {
  readonly case: string;
  /** 0-based position of the call in its case. */
  readonly n: number;
  readonly operation: string;
  /** Set when the committed list of accepted differences covers it: why the project accepts it. */
  readonly accepted?: string;
}

/** Per action. */
export interface ActionParity {
  readonly operation: string;
  readonly exchanges: number;
  readonly matching: number;
  readonly accepted: number;
  readonly differing: number;
  /** (matching + accepted) / exchanges, in percent, one decimal. */
  readonly parityPct: number;
  /** Differences per kind (accepted ones included). */
  readonly byKind: Readonly<Partial<Record<DifferenceKind, number>>>;
}

/** parity.json. */
export interface ParityModel {
  readonly schemaVersion: typeof PARITY_SCHEMA_VERSION;
  readonly recording: { readonly dir: string; readonly target: { readonly kind: string; readonly endpoint: string; readonly label: string }; readonly recordedAt: string; readonly specVersions: Readonly<Record<string, string>> };
  readonly generatedAt: string;
  /** What the parity world had to add to the mock's default world. */
  readonly worldNotes: readonly string[];
  readonly acceptedFrom: string;
  readonly actions: readonly ActionParity[];
  readonly totals: { readonly exchanges: number; readonly matching: number; readonly accepted: number; readonly differing: number; readonly parityPct: number };
  readonly differences: readonly ParityDifference[];
}

/** One replayed exchange: which action, and its difference if any. */
export interface ReplayedExchange {
  readonly operation: string;
  readonly difference?: ParityDifference;
}

/** The per-action and total figures of `exchanges`. */
export function summarize(exchanges: readonly ReplayedExchange[]): { actions: ActionParity[]; totals: ParityModel['totals'] } {
  const ops = [...new Set(exchanges.map((e) => e.operation))].sort();
  const figures = (list: readonly ReplayedExchange[]) => {
    const accepted = list.filter((e) => e.difference?.accepted !== undefined).length;
    const differing = list.filter((e) => e.difference !== undefined && e.difference.accepted === undefined).length;
    const matching = list.length - accepted - differing;
    return { exchanges: list.length, matching, accepted, differing, parityPct: pct(matching + accepted, list.length) };
  };
  const actions = ops.map((operation) => {
    const mine = exchanges.filter((e) => e.operation === operation);
    const byKind: Partial<Record<DifferenceKind, number>> = {};
    for (const e of mine) if (e.difference) byKind[e.difference.kind] = (byKind[e.difference.kind] ?? 0) + 1;
    return { operation, ...figures(mine), byKind };
  });
  return { actions, totals: figures(exchanges) };
}

function pct(part: number, whole: number): number {
  return whole === 0 ? 100 : Math.floor((part / whole) * 1000) / 10;
}
