// Loads the spec model from a folder: the file reading is here, everything after it is pure.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Result } from '../../core/types.ts';
import { buildModel } from './build-model.ts';
import { parseSpecFiles } from './parse-spec-files.ts';
import type { SpecModel } from './spec-model.ts';

/** Reads every `*.yaml` in `dir` (common.yaml and one file per product version) and builds the model. */
export async function loadSpecs(dir: string): Promise<Result<SpecModel, readonly string[]>> {
  const names = (await readdir(dir)).filter((name) => name.endsWith('.yaml')).sort();
  const texts = await Promise.all(names.map(async (name) => ({ name, text: await readFile(join(dir, name), 'utf8') })));
  return specModelFromTexts(texts);
}

/** Pure: parses and builds the model from file texts (what tests use to doctor a spec in memory). */
export function specModelFromTexts(texts: readonly { readonly name: string; readonly text: string }[]): Result<SpecModel, readonly string[]> {
  const files = parseSpecFiles(texts);
  return files.ok ? buildModel(files.value) : files;
}
