// Reads a fixtures file (JSON or YAML) and validates it; any problem is a ConfigError with a precise message.

import { readFile } from 'node:fs/promises';
import { parse as parseYaml } from 'yaml';
import { ConfigError } from '../../core/errors.ts';
import type { Fixtures } from '../../core/fixtures.ts';
import { validateFixtures } from './validate-fixtures.ts';

/** The validated fixtures of `path`. */
export async function loadFixtures(path: string): Promise<Fixtures> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    throw new ConfigError(`cannot read fixtures file ${path}: ${(err as NodeJS.ErrnoException).code ?? String(err)}`);
  }
  let value: unknown;
  try {
    value = /\.ya?ml$/i.test(path) ? parseYaml(text) : JSON.parse(text);
  } catch (err) {
    throw new ConfigError(`fixtures file ${path} is not valid ${/\.ya?ml$/i.test(path) ? 'YAML' : 'JSON'}: ${(err as Error).message.split('\n')[0]}`);
  }
  const checked = validateFixtures(value, path);
  if (!checked.ok) throw new ConfigError(checked.error);
  return checked.value;
}
