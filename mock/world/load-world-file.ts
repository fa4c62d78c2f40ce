// Reading a world file from disk: JSON or YAML (by extension; other names are tried as JSON, then YAML).
import { readFile } from 'node:fs/promises';
import { parse as parseYaml } from 'yaml';
import type { Result } from '../../core/types.ts';
import { validateWorld } from './validate-world.ts';
import type { World } from './world.ts';
import type { WorldProblem } from './world-problem.ts';

/** Parses world-file text; a syntax error is a problem at the document with the parser's position. */
export function parseWorldText(text: string, file: string): Result<World, WorldProblem[]> {
  const yaml = /\.ya?ml$/i.test(file) || (!/\.json$/i.test(file) && !/^\s*[{[]/.test(text));
  let document: unknown;
  try {
    document = yaml ? parseYaml(text, { prettyErrors: true }) : JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message.split('\n')[0] ?? 'unreadable';
    return { ok: false, error: [{ file, pointer: '', message: `not valid ${yaml ? 'YAML' : 'JSON'}: ${message}` }] };
  }
  return validateWorld(document, file);
}

/** Reads and validates a world file; an unreadable file is a problem too, never an exception. */
export async function loadWorldFile(path: string): Promise<Result<World, WorldProblem[]>> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'EIO';
    return { ok: false, error: [{ file: path, pointer: '', message: `cannot read the file (${code})` }] };
  }
  return parseWorldText(text, path);
}
