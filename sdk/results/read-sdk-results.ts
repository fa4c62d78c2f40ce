// Reads the sdk-results.json of an earlier gate run (for --baseline); a file that is not one is a one-line error.

import { readFileSync } from 'node:fs';
import type { Result } from '../../core/types.ts';
import { SDK_RESULTS_VERSION, type SdkResultsFile } from './sdk-results-file.ts';

/** The file at `path`, checked for the fields a release diff reads. */
export function readSdkResults(path: string): Result<SdkResultsFile, string> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    return { ok: false, error: `--baseline ${path}: ${e.code === 'ENOENT' ? 'no such file' : e.message.split('\n')[0]}` };
  }
  const file = parsed as Partial<SdkResultsFile> | null;
  if (file === null || typeof file !== 'object' || !Array.isArray(file.cases) || typeof file.sdk?.version !== 'string') {
    return { ok: false, error: `--baseline ${path}: not an sdk-results.json of tcconform sdk (no sdk or cases)` };
  }
  if (file.schemaVersion !== SDK_RESULTS_VERSION) return { ok: false, error: `--baseline ${path}: schemaVersion ${String(file.schemaVersion)}, this tcconform reads ${SDK_RESULTS_VERSION}` };
  return { ok: true, value: { ...file, absent: file.absent ?? [] } as SdkResultsFile };
}
