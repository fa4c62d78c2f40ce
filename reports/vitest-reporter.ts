// The vitest reporter of `tcconform run`: thin. Reads each case's record, builds the results model, writes
// index.html, results.json and junit.xml in one place, and hands the model back to the CLI.

import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Reporter, TestCase, TestModule } from 'vitest/node';
import type { SerializedError } from 'vitest';
import { specContext } from './spec-context.ts';
import { caseResultOf, type FinishedTest } from './case-result-of.ts';
import { toResultsModel } from './to-results-model.ts';
import type { ResultsModel, RunMeta } from './results-model.ts';
import { renderHtml } from './render-html.ts';
import { renderJunit } from './render-junit.ts';

/** Options: where to write, the run's metadata, and a callback receiving the model. */
export interface ReporterOptions {
  readonly outDir: string;
  readonly meta: RunMeta;
  readonly onModel?: (model: ResultsModel) => void;
}

/** Writes the report files when the run ends. */
export class TcconformReporter implements Reporter {
  private readonly started = Date.now();

  constructor(private readonly opts: ReporterOptions) {}

  onTestRunEnd(modules: ReadonlyArray<TestModule>, unhandled: ReadonlyArray<SerializedError>): void {
    const meta: RunMeta = { ...this.opts.meta, durationMs: Date.now() - this.started };
    const cases = modules.flatMap((m) => [...m.children.allTests()].map((t) => caseResultOf(finished(t, m), meta.target.label)));
    const model = toResultsModel([meta], cases, specContext(), unhandled.map((e) => e.message ?? String(e)));
    mkdirSync(this.opts.outDir, { recursive: true });
    writeFileSync(join(this.opts.outDir, 'results.json'), `${JSON.stringify(model, null, 1)}\n`);
    writeFileSync(join(this.opts.outDir, 'index.html'), renderHtml(model));
    writeFileSync(join(this.opts.outDir, 'junit.xml'), renderJunit(model));
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
