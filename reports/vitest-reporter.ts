// The vitest reporter of `tcconform run`: thin. Reads each case's record, builds the results model (compacted,
// with drift when a baseline was given), writes the report once, and hands the model back to the CLI.

import type { Reporter, TestCase, TestModule } from 'vitest/node';
import type { SerializedError } from 'vitest';
import { specContext } from './spec-context.ts';
import { caseResultOf, type FinishedTest } from './case-result-of.ts';
import { toResultsModel } from './to-results-model.ts';
import type { ResultsModel, RunMeta } from './results-model.ts';
import { compactModel } from './compact-model.ts';
import { applyDrift, type Baseline, type DriftSettings } from './apply-drift.ts';
import { writeReport } from './write-report.ts';

/** Options: where to write, the run's metadata, an optional baseline for drift, and a callback receiving the model. */
export interface ReporterOptions {
  readonly outDir: string;
  readonly meta: RunMeta;
  /** An earlier results model (read with cli/drift-baseline.ts) to report drift against. */
  readonly baseline?: Baseline;
  readonly drift?: DriftSettings;
  readonly onModel?: (model: ResultsModel) => void;
}

/** Writes the report files when the run ends. */
export class TcconformReporter implements Reporter {
  private readonly started = Date.now();

  constructor(private readonly opts: ReporterOptions) {}

  onTestRunEnd(modules: ReadonlyArray<TestModule>, unhandled: ReadonlyArray<SerializedError>): void {
    const meta: RunMeta = { ...this.opts.meta, durationMs: Date.now() - this.started };
    // Cases left out by the run's --product / --action / --case filters (skipped without a record) are not reported.
    const cases = modules.flatMap((m) => [...m.children.allTests()].filter((t) => !(t.result().state === 'skipped' && t.meta().tcconform === undefined))
      .map((t) => caseResultOf(finished(t, m), meta.target.label)));
    const built = toResultsModel([meta], cases, specContext(), unhandled.map((e) => e.message ?? String(e)));
    const model = applyDrift(compactModel(built), this.opts.baseline, this.opts.drift);
    writeReport(this.opts.outDir, model);
    this.opts.onModel?.(model);
  }
}

function finished(t: TestCase, m: TestModule): FinishedTest {
  const r = t.result();
  const d = t.diagnostic();
  const record = t.meta().tcconform;
  return {
    name: t.name, moduleId: m.moduleId, state: r.state,
    ...(r.state === 'skipped' && r.note ? { note: r.note } : {}),
    errors: (r.errors ?? []).map((e) => e.message ?? String(e)),
    durationMs: d?.duration ?? 0,
    ...(record === undefined ? {} : { record }),
  };
}
