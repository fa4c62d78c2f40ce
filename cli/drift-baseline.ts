// Reads results files for drift and merging: a missing, unreadable or malformed file is one precise line that
// names the file and the problem (validated against reports/results-model.schema.json).

import { readFile } from 'node:fs/promises';
import type { Result } from '../core/types.ts';
import { ConfigError } from '../core/errors.ts';
import { parseResults } from '../reports/parse-results.ts';
import type { ResultsModel } from '../reports/results-model.ts';
import type { Baseline } from '../reports/apply-drift.ts';

/** The model in `path`, or one line saying why it cannot be used. */
export async function readResultsFile(path: string): Promise<Result<ResultsModel, string>> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    const why = e.code === 'ENOENT' ? 'no such file' : e.code === 'EISDIR' ? 'is a directory, not a results.json' : (e.message ?? String(err));
    return { ok: false, error: `${path}: ${why}` };
  }
  return parseResults(text, path);
}

/** The baseline for `--baseline FILE`; a bad file throws a ConfigError (exit 2) before anything runs. */
export async function readBaseline(path: string): Promise<Baseline> {
  const r = await readResultsFile(path);
  if (!r.ok) throw new ConfigError(`--baseline ${r.error}`);
  return { model: r.value, source: path };
}
