// `tcconform report --from FILE [--from FILE…] [--baseline FILE] [--fail-on drift] --out DIR`: re-renders a
// report from results.json files, merging shards or regions into one (cases keep their target label).

import { resolve } from 'node:path';
import type { Io } from './io.ts';
import { ExitCode } from './exit-codes.ts';
import { parseFlags } from '../core/parse-flags.ts';
import { driftFlags, driftFlagSpec, driftHelp } from './drift-flags.ts';
import { readResultsFile } from './drift-baseline.ts';
import { printSummary } from './print-summary.ts';
import { printDrift } from './drift-summary.ts';
import type { ResultsModel } from '../reports/results-model.ts';
import { mergeResults } from '../reports/merge-results.ts';
import { compactModel } from '../reports/compact-model.ts';
import { applyDrift } from '../reports/apply-drift.ts';
import { gatingDrift } from '../reports/drift.ts';
import { writeReport } from '../reports/write-report.ts';

const help = `Usage: tcconform report --from FILE [--from FILE...] [--baseline FILE] [--fail-on drift] [--out DIR]

Re-render index.html, results.json and junit.xml from one or more results.json files. Several --from files
(the shards of one run, or the runs of several regions) are merged into one report: cases keep their target
label, totals, latency and coverage are recomputed, and every run is listed.

  --from FILE            a results.json written by tcconform run (repeat for shards or regions)
  --out DIR              report directory (default ./tcconform-report)
${driftHelp}
  --help                 this text

Exit codes: 0 conforms, 1 findings (or gating drift with --fail-on drift), 2 usage error or a bad input file,
3 errored cases or harness errors in the inputs (the verdict is inconclusive).
`;

/** Runs the command; returns the exit code. */
export async function reportCommand(argv: string[], io: Io): Promise<number> {
  const parsed = parseFlags('report', argv, { from: { type: 'string', multiple: true }, out: { type: 'string' }, ...driftFlagSpec, help: { type: 'boolean', short: 'h' } });
  if (!parsed.ok) return usage(io, parsed.error);
  const v = parsed.value.values;
  if (v['help'] === true) {
    io.out(help);
    return ExitCode.Ok;
  }
  if (parsed.value.positionals.length > 0) return usage(io, `tcconform report: unexpected argument '${parsed.value.positionals[0]}' (use --from FILE; see tcconform report --help)`);
  const from = Array.isArray(v['from']) ? v['from'].map((f) => resolve(f)) : [];
  if (from.length === 0) return usage(io, 'tcconform report: --from FILE is required (a results.json; repeat it to merge shards or regions)');
  const drift = driftFlags(v, process.cwd(), 'report');
  if (!drift.ok) return usage(io, drift.error);
  const models: ResultsModel[] = [];
  for (const file of [...from, ...(drift.value.baseline === '' ? [] : [drift.value.baseline])]) {
    const r = await readResultsFile(file);
    if (!r.ok) return usage(io, `tcconform report: ${file === drift.value.baseline ? '--baseline ' : ''}${r.error}`);
    models.push(r.value);
  }
  const baselineModel = drift.value.baseline === '' ? undefined : models.pop();
  const merged = mergeResults(models);
  if (merged.duplicates > 0) io.err(`tcconform report: ${merged.duplicates} case(s) appeared in more than one input (same target and id); kept the first`);
  const baseline = baselineModel === undefined ? undefined : { model: baselineModel, source: drift.value.baseline };
  const model = applyDrift(compactModel(merged.model), baseline, drift.value.settings);
  const outDir = resolve(typeof v['out'] === 'string' ? v['out'] : 'tcconform-report');
  writeReport(outDir, model);
  printSummary(model, outDir, io);
  printDrift(model, io);
  return reportExitCode(model);
}

/** 1 for findings or (asked for) gating drift, 3 for errored cases or harness errors, else 0. */
export function reportExitCode(model: ResultsModel): number {
  if (model.totals.failed > 0) return ExitCode.Findings;
  if (model.baseline?.failOnDrift === true && gatingDrift(model).length > 0) return ExitCode.Findings;
  if (model.totals.errored > 0 || model.unhandledErrors.length > 0) return ExitCode.Harness;
  return ExitCode.Ok;
}

function usage(io: Io, message: string): number {
  io.err(message);
  return ExitCode.Usage;
}
