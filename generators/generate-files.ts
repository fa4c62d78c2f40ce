// Everything `npm run generate` writes to generated/: the spec-derived files (generate-all.ts) and the report
// page's bundled script (report-page-script.ts), by path, sorted.
import type { Result } from '../core/types.ts';
import { generateAll } from './generate-all.ts';
import { renderReportScript } from './report-page-script.ts';
import type { SpecModel } from '../specs/model/spec-model.ts';

/** File contents by path relative to generated/; `root` is the repository root (the page sources live there). */
export function generateFiles(model: SpecModel, root: string): Result<ReadonlyMap<string, string>, readonly string[]> {
  const fromSpecs = generateAll(model);
  if (!fromSpecs.ok) return fromSpecs;
  const files = new Map([...fromSpecs.value, ['report-script.ts', renderReportScript(root)]]);
  return { ok: true, value: new Map([...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) };
}
