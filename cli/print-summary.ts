// The terminal summary after a run: totals per operation, every finding with how to replay it, where the report is.

import type { ResultsModel } from '../reports/results-model.ts';
import type { Io } from './io.ts';
import { changeTally } from './change-tally.ts';

/** Prints the summary to `io.out`. */
export function printSummary(model: ResultsModel, outDir: string, io: Io): void {
  const t = model.totals;
  const lines: string[] = [];
  const ops = [...new Set(model.cases.map((c) => c.operation))].sort();
  for (const op of ops) {
    const mine = model.cases.filter((c) => c.operation === op);
    const n = (s: string) => mine.filter((c) => c.status === s).length;
    lines.push(`  ${op.padEnd(52)} ${String(n('passed')).padStart(4)} passed ${String(n('failed')).padStart(3)} failed ${String(n('skipped')).padStart(3)} skipped ${String(n('errored')).padStart(3)} errored`);
  }
  for (const c of model.cases.filter((x) => x.status === 'failed')) {
    for (const f of c.findings) lines.push(`FINDING [${f.severity}] ${f.check} ${f.operation}: ${f.title}\n    ${f.detail}\n    case ${c.id}${c.replay ? `\n    replay: ${c.replay.command}` : ''}`);
  }
  for (const c of model.cases.filter((x) => x.status === 'errored')) lines.push(`ERRORED ${c.id}: ${(c.fault ?? c.message ?? '').split('\n')[0]}`);
  for (const e of model.unhandledErrors) lines.push(`HARNESS ERROR ${e.split('\n')[0]}`);
  for (const c of model.docConflictsMet ?? []) {
    for (const seen of c.seen) lines.push(`DOC CONFLICT ${c.id} (${c.product} ${c.where}): ${seen.operation} ${seen.path} ${seen.shown}, ${seen.count}× (accepted, not a failure)`);
  }
  for (const f of model.unknownFields ?? []) lines.push(`DRIFT unknown field ${f.operation} ${f.path}, ${f.count}× (informational)`);
  const changes = changeTally(model);
  for (const l of changes.left) lines.push(`LEFT CHANGED ${l}`);
  lines.push(`changed by this run and undone: ${changes.undone}; left changed: ${changes.left.length}${changes.left.length > 0 ? ' (check the shares above on the target)' : ''}`);
  const verdict = t.failed > 0 ? 'DOES NOT CONFORM' : t.errored > 0 ? 'INCONCLUSIVE' : 'CONFORMS';
  lines.push(`${verdict}: ${t.passed} passed, ${t.failed} failed, ${t.skipped} skipped, ${t.errored} errored`);
  lines.push(`report: ${outDir}/index.html (results.json, junit.xml beside it)`);
  io.out(lines.join('\n'));
}
