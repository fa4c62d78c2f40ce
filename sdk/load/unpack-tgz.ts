// Unpacks an npm package tarball into a directory, refusing entries that would land outside it.

import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join, normalize, sep } from 'node:path';
import type { Result } from '../../core/types.ts';
import { tarEntries } from './tar-entries.ts';

/** Unpacks `tgzPath` under `into`; returns the package folder (the archive's single top folder, `package/` for npm). */
export function unpackTgz(tgzPath: string, into: string): Result<string, string> {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(tgzPath);
  } catch (err) {
    return { ok: false, error: `cannot read ${tgzPath}: ${(err as Error).message}` };
  }
  const entries = tarEntries(bytes);
  if (!entries.ok) return { ok: false, error: `${tgzPath}: ${entries.error}` };
  const tops = new Set<string>();
  for (const entry of entries.value) {
    const relative = normalize(entry.path);
    if (isAbsolute(relative) || relative.split(sep).includes('..')) return { ok: false, error: `${tgzPath}: entry '${entry.path}' points outside the archive` };
    tops.add(relative.split(sep)[0] ?? '');
    const target = join(into, relative);
    if (entry.type === 'directory') mkdirSync(target, { recursive: true });
    else {
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, entry.data);
    }
  }
  if (tops.size !== 1) return { ok: false, error: `${tgzPath}: expected one top folder (npm's package/), found ${tops.size}` };
  return { ok: true, value: join(into, [...tops][0] ?? '') };
}
