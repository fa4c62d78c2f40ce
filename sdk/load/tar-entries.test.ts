import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { tarEntries } from './tar-entries.ts';
import { unpackTgz } from './unpack-tgz.ts';

/** A minimal tar writer for the tests: POSIX ustar headers, optional pax path record before an entry. */
function tar(entries: ReadonlyArray<{ name: string; data?: string; type?: string; pax?: string }>): Uint8Array {
  const blocks: Buffer[] = [];
  const header = (name: string, size: number, type: string) => {
    const h = Buffer.alloc(512);
    h.write(name.slice(0, 100), 0);
    h.write('0000644\0', 100);
    h.write(`${size.toString(8).padStart(11, '0')}\0`, 124);
    h.write(type, 156);
    h.write('ustar\0', 257);
    h.write('00', 263);
    h.fill(' ', 148, 156);
    let sum = 0;
    for (const b of h) sum += b;
    h.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148);
    return h;
  };
  const body = (data: Buffer) => Buffer.concat([data, Buffer.alloc((512 - (data.length % 512)) % 512)]);
  for (const e of entries) {
    if (e.pax !== undefined) {
      const record = `path=${e.pax}\n`;
      const len = String(record.length + 3 + String(record.length).length);
      const data = Buffer.from(`${Number(len) + (String(Number(len)).length - len.length)} ${record}`);
      blocks.push(header('PaxHeader', data.length, 'x'), body(data));
    }
    const data = Buffer.from(e.data ?? '');
    blocks.push(header(e.name, data.length, e.type ?? '0'), body(data));
  }
  blocks.push(Buffer.alloc(1024));
  return Buffer.concat(blocks);
}

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});
const temp = () => {
  const d = mkdtempSync(join(tmpdir(), 'tcconform-tar-test-'));
  dirs.push(d);
  return d;
};

describe('tarEntries', () => {
  it('reads files and folders, gzipped or not', () => {
    const raw = tar([{ name: 'package/', type: '5' }, { name: 'package/package.json', data: '{"name":"x"}' }]);
    for (const bytes of [raw, gzipSync(raw)]) {
      const read = tarEntries(bytes);
      expect(read.ok && read.value.map((e) => [e.type, e.path, Buffer.from(e.data).toString()])).toEqual([['directory', 'package/', ''], ['file', 'package/package.json', '{"name":"x"}']]);
    }
  });
  it('takes a long name from a pax record', () => {
    const long = `package/${'d'.repeat(120)}/file.js`;
    const read = tarEntries(tar([{ name: 'short', data: 'x', pax: long }]));
    expect(read.ok && read.value[0]?.path).toBe(long);
  });
  it('reports a truncated archive or bad gzip as values', () => {
    const raw = tar([{ name: 'package/a.js', data: 'x'.repeat(600) }]);
    expect(tarEntries(raw.subarray(0, 700)).ok).toBe(false);
    expect(tarEntries(Uint8Array.from([0x1f, 0x8b, 1, 2, 3])).ok).toBe(false);
  });
});

describe('unpackTgz', () => {
  it('unpacks npm\'s package/ folder', () => {
    const dir = temp();
    writeFileSync(join(dir, 'p.tgz'), gzipSync(tar([{ name: 'package/package.json', data: '{}' }, { name: 'package/lib/a.js', data: 'a' }])));
    const out = unpackTgz(join(dir, 'p.tgz'), join(dir, 'x'));
    expect(out).toEqual({ ok: true, value: join(dir, 'x', 'package') });
    expect(readFileSync(join(dir, 'x', 'package', 'lib', 'a.js'), 'utf8')).toBe('a');
  });
  it('refuses entries outside the folder', () => {
    const dir = temp();
    writeFileSync(join(dir, 'evil.tgz'), gzipSync(tar([{ name: 'package/../../evil.js', data: 'x' }])));
    const out = unpackTgz(join(dir, 'evil.tgz'), join(dir, 'x'));
    expect(out.ok).toBe(false);
    expect(!out.ok && out.error).toMatch(/outside the archive/);
  });
});
