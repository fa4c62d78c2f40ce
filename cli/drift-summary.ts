// The drift lines of the terminal summary (after `tcconform run --baseline` and `tcconform report`).

import type { ResultsModel } from '../reports/results-model.ts';
import type { Io } from './io.ts';

const MAX_LINES = 40;

/** Prints the drift, gating entries first, at most 40 lines; nothing when the model has no baseline. */
export function printDrift(model: ResultsModel, io: Io): void {
  if (model.baseline === undefined) return;
  const drift = [...(model.drift ?? [])].sort((a, b) => Number(b.gating) - Number(a.gating));
  const gating = drift.filter((d) => d.gating).length;
  const lines = drift.slice(0, MAX_LINES).map((d) => `DRIFT${d.gating ? '' : ' (info)'} ${d.kind} ${d.caseId ?? d.operation}${d.target ? ` @ ${d.target}` : ''}: ${d.before} → ${d.after}; ${d.detail}`);
  if (drift.length > MAX_LINES) lines.push(`… ${drift.length - MAX_LINES} more drift entries in the report`);
  lines.push(`drift since ${model.baseline.source}: ${drift.length} change(s), ${gating} gating${model.baseline.failOnDrift ? ' (--fail-on drift)' : ''}`);
  io.out(lines.join('\n'));
}
