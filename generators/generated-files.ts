// Reads and writes generated/ (the generator's only file I/O besides reading the specs).
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { GENERATED_HEADER } from './generated-header.ts';

/** Every file under `dir` by path relative to it (with `/` separators); an absent folder reads as empty. */
export async function readGenerated(dir: string): Promise<ReadonlyMap<string, string>> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  const files = entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
  const texts = await Promise.all(files.map(async (file) => [relative(dir, file).split(sep).join('/'), await readFile(file, 'utf8')] as const));
  return new Map(texts.sort(([a], [b]) => (a < b ? -1 : 1)));
}

/**
 * Writes `files` under `dir` (only those whose content changed) and deletes `extra` files that carry the
 * generated header; returns the paths it wrote, deleted, and left alone because they are not generated.
 */
export async function writeGenerated(
  dir: string,
  files: ReadonlyMap<string, string>,
  current: ReadonlyMap<string, string>,
  extra: readonly string[],
): Promise<{ readonly written: readonly string[]; readonly deleted: readonly string[]; readonly kept: readonly string[] }> {
  const written: string[] = [];
  for (const [path, text] of files) {
    if (current.get(path) === text) continue;
    await mkdir(dirname(join(dir, path)), { recursive: true });
    await writeFile(join(dir, path), text, 'utf8');
    written.push(path);
  }
  const deletable = extra.filter((path) => (current.get(path) ?? '').startsWith(GENERATED_HEADER));
  for (const path of deletable) await rm(join(dir, path));
  return { written, deleted: deletable, kept: extra.filter((path) => !deletable.includes(path)) };
}
