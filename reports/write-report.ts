// The one write of a report: index.html, results.json and junit.xml into one folder.

import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ResultsModel } from './results-model.ts';
import { renderHtml } from './render-html.ts';
import { renderJunit } from './render-junit.ts';

/** Writes the three report files of `model` into `outDir` (created when missing); returns their paths. */
export function writeReport(outDir: string, model: ResultsModel): { html: string; json: string; junit: string } {
  const paths = { html: join(outDir, 'index.html'), json: join(outDir, 'results.json'), junit: join(outDir, 'junit.xml') };
  mkdirSync(outDir, { recursive: true });
  // Compact JSON: a 100,000-case results.json is a third smaller without indentation; `jq .` pretty-prints it.
  writeFileSync(paths.json, `${JSON.stringify(model)}\n`);
  writeFileSync(paths.html, renderHtml(model));
  writeFileSync(paths.junit, renderJunit(model));
  return paths;
}
