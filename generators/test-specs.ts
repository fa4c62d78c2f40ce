// Test helper: the project's specs, loaded once per test file (tests read specs/, never anything outside).
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { specModelFromTexts } from '../specs/model/load-specs.ts';
import type { SpecModel } from '../specs/model/spec-model.ts';

/** The folder holding the spec files. */
export const SPECS_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'specs');

/** The spec files' names and texts, in name order. */
export function specTexts(): readonly { readonly name: string; readonly text: string }[] {
  return readdirSync(SPECS_DIR)
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .map((name) => ({ name, text: readFileSync(join(SPECS_DIR, name), 'utf8') }));
}

/** The model of the project's specs; a load error fails the calling test loudly. */
export function specModel(): SpecModel {
  const model = specModelFromTexts(specTexts());
  if (!model.ok) throw new Error(`the specs do not load:\n${model.error.join('\n')}`);
  return model.value;
}
