// Benchmark 5a: the report for 100,000 cases — build the results model (reports/testing/synthetic-model.ts, as
// reports/report-scale.browser.test.ts does), render HTML, JSON and JUnit and write them; time and sizes.
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compactModel } from '../reports/compact-model.ts';
import { renderHtml } from '../reports/render-html.ts';
import { writeReport } from '../reports/write-report.ts';
import { bigRunStatus, syntheticModel } from '../reports/testing/synthetic-model.ts';
import { figure, type Figure } from './figure.ts';

const MIB = 1024 * 1024;

/** Renders and writes the report of `cases` synthetic cases. */
export function reportScale(cases: number): { figures: Figure[]; details: unknown } {
  const dir = mkdtempSync(join(tmpdir(), 'tcconform-bench-report-'));
  try {
    let t = performance.now();
    const model = compactModel(syntheticModel(Array.from({ length: cases }, (_, i) => bigRunStatus(i))));
    const modelMs = performance.now() - t;
    t = performance.now();
    const htmlChars = renderHtml(model).length;
    const renderMs = performance.now() - t;
    t = performance.now();
    const files = writeReport(dir, model);
    const writeMs = performance.now() - t;
    const size = (f: string) => statSync(f).size / MIB;
    return {
      figures: [
        figure('report.writeSeconds', `Report of ${cases.toLocaleString('en-US')} cases: render + write`, writeMs / 1000, 's',
          `HTML, results.json and junit.xml; renderHtml alone ${(renderMs / 1000).toFixed(2)} s; model built in ${(modelMs / 1000).toFixed(2)} s`),
        figure('report.htmlMiB', `Report of ${cases.toLocaleString('en-US')} cases: index.html`, size(files.html), 'MiB',
          `results.json ${size(files.json).toFixed(1)} MiB, junit.xml ${size(files.junit).toFixed(1)} MiB; ${htmlChars.toLocaleString('en-US')} characters`, { op: '<=', value: 20 }),
      ],
      details: { cases, modelMs, renderMs, writeMs, htmlMiB: size(files.html), jsonMiB: size(files.json), junitMiB: size(files.junit) },
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
