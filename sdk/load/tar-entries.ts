// A small reader of (gzipped) tar archives as `npm pack` and GNU tar write them: ustar headers, the ustar name
// prefix, pax `path` records and GNU `L` records for long names. Pure: bytes in, entries out; errors as values.

import { gunzipSync } from 'node:zlib';
import type { Result } from '../../core/types.ts';

/** One regular file or directory of the archive. */
export interface TarEntry {
  readonly path: string;
  readonly type: 'file' | 'directory';
  readonly data: Uint8Array;
}

const BLOCK = 512;

/** The entries of a tar archive (gunzipped first when it starts with the gzip magic bytes). */
export function tarEntries(archive: Uint8Array): Result<TarEntry[], string> {
  let bytes: Uint8Array;
  try {
    bytes = archive[0] === 0x1f && archive[1] === 0x8b ? gunzipSync(archive) : archive;
  } catch (err) {
    return { ok: false, error: `not a readable gzip file: ${(err as Error).message}` };
  }
  const entries: TarEntry[] = [];
  let longName: string | undefined;
  for (let offset = 0; offset + BLOCK <= bytes.length;) {
    const header = bytes.subarray(offset, offset + BLOCK);
    if (header.every((b) => b === 0)) break;
    const size = Number.parseInt(text(header, 124, 12).trim() || '0', 8);
    if (!Number.isFinite(size) || size < 0) return { ok: false, error: `bad size field at byte ${offset}` };
    const data = bytes.subarray(offset + BLOCK, offset + BLOCK + size);
    if (data.length < size) return { ok: false, error: `archive truncated inside '${text(header, 0, 100)}'` };
    const type = String.fromCharCode(header[156] ?? 0);
    offset += BLOCK + Math.ceil(size / BLOCK) * BLOCK;
    if (type === 'x' || type === 'L') {
      longName = (type === 'x' ? paxRecord(data, 'path') : text(data, 0, data.length)) ?? longName;
      continue;
    }
    if (type === 'g' || type === 'K') continue;
    // The name prefix exists in POSIX ustar only; old GNU headers keep other fields there.
    const prefix = text(header, 257, 6) === 'ustar' ? text(header, 345, 155) : '';
    const path = longName ?? (prefix ? `${prefix}/${text(header, 0, 100)}` : text(header, 0, 100));
    longName = undefined;
    if (type === '0' || type === '\0' || type === '7') entries.push({ path, type: 'file', data });
    else if (type === '5') entries.push({ path, type: 'directory', data: new Uint8Array() });
  }
  return { ok: true, value: entries };
}

function text(bytes: Uint8Array, start: number, length: number): string {
  const field = bytes.subarray(start, start + length);
  const end = field.indexOf(0);
  return new TextDecoder().decode(end === -1 ? field : field.subarray(0, end));
}

/** A pax extended-header record (`<len> <key>=<value>\n`). */
function paxRecord(data: Uint8Array, key: string): string | undefined {
  for (const line of new TextDecoder().decode(data).split('\n')) {
    const match = /^\d+ ([^=]+)=(.*)$/.exec(line);
    if (match?.[1] === key) return match[2];
  }
  return undefined;
}
