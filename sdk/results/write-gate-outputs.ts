// Writes the gate's files in one place: sdk-results.json, junit.xml and index.html (the conformance report's
// renderer, fed the gate's records as CaseResults).

import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderHtml } from '../../reports/render-html.ts';
import { renderJunit } from '../../reports/render-junit.ts';
import type { ResultsModel } from '../../reports/results-model.ts';
import { sdkResultsModel } from './as-case-results.ts';
import type { SdkResultsFile } from './sdk-results-file.ts';

/** Writes the three files into `outDir` (created when missing); `failOnRegression` marks the release diff's regressions gating. */
export function writeGateOutputs(file: SdkResultsFile, outDir: string, failOnRegression = false): void {
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, 'sdk-results.json'), `${JSON.stringify(file, null, 1)}\n`);
  writeReport(sdkResultsModel(file, failOnRegression), outDir);
}

/** Writes junit.xml and index.html of `model` into `outDir`. */
export function writeReport(model: ResultsModel, outDir: string): void {
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, 'junit.xml'), renderJunit(model));
  writeFileSync(join(outDir, 'index.html'), renderHtml(model));
}
