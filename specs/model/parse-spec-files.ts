// Parses spec texts (YAML) into spec files; the only step that can fail on syntax.
import { parse } from 'yaml';
import type { Result } from '../../core/types.ts';
import { isObject } from './json.ts';
import type { SpecFile } from './spec-model.ts';

/** Parses each `{ name, text }` as YAML; a file that does not parse to an object is an error value. */
export function parseSpecFiles(texts: readonly { readonly name: string; readonly text: string }[]): Result<readonly SpecFile[], readonly string[]> {
  const errors: string[] = [];
  const files: SpecFile[] = [];
  for (const { name, text } of texts) {
    try {
      const doc: unknown = parse(text, { prettyErrors: true });
      if (isObject(doc)) files.push({ name, text, doc });
      else errors.push(`${name}: not a YAML mapping`);
    } catch (error) {
      errors.push(`${name}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return errors.length > 0 ? { ok: false, error: errors } : { ok: true, value: files };
}
