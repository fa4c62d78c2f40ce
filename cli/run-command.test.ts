// Bad configuration ends with one precise line and the documented exit code, before anything is judged.

import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from './main.ts';
import type { Io } from './io.ts';

const dir = mkdtempSync(join(tmpdir(), 'tcconform-cli-'));
const fixtures = (name: string, content: string) => { const p = join(dir, name); writeFileSync(p, content); return p; };
const good = JSON.stringify({ version: 1, credentials: { secretId: 'AKIDx', secretKey: 'k' }, regions: { 'ap-guangzhou': { lighthouse: { blueprintId: 'lhbp-abcd1234' } } } });

async function cli(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: Io = { out: (t) => { out += `${t}\n`; }, err: (t) => { err += `${t}\n`; }, tty: false };
  const code = await main(argv, io);
  return { code, out, err };
}

describe('tcconform run: configuration errors', () => {
  it('an unknown flag: exit 2, one line', async () => {
    const r = await cli(['run', '--frobnicate']);
    expect(r.code).toBe(2);
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(r.err).toMatch(/Unknown option '--frobnicate'/);
  });
  it('a fixtures file that is not JSON: exit 2, names the file', async () => {
    const r = await cli(['run', '--endpoint', 'http://127.0.0.1:9', '--fixtures', fixtures('bad.json', '{"version": 1,')]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/bad\.json is not valid JSON/);
  });
  it('a fixture ID of the wrong form: exit 2, names the path', async () => {
    const r = await cli(['run', '--endpoint', 'http://127.0.0.1:9', '--fixtures', fixtures('id.json', good.replace('lhbp-abcd1234', 'lhbp-XYZ'))]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/\/regions\/ap-guangzhou\/lighthouse\/blueprintId: "lhbp-XYZ" is not of the documented form/);
  });
  it('a missing fixtures file: exit 2', async () => {
    const r = await cli(['run', '--endpoint', 'http://127.0.0.1:9', '--fixtures', join(dir, 'nope.json')]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/cannot read fixtures file .*nope\.json: ENOENT/);
  });
  it('an unreachable endpoint: exit 3, one line naming it', async () => {
    const r = await cli(['run', '--endpoint', 'http://127.0.0.1:9', '--fixtures', fixtures('ok.json', good), '--timeout', '2000']);
    expect(r.code).toBe(3);
    expect(r.err.trim()).toMatch(/^tcconform run: target unreachable: http:\/\/127\.0\.0\.1:9: ECONNREFUSED/);
    expect(r.err.trim().split('\n')).toHaveLength(1);
  });
  it('an unknown command and --help', async () => {
    expect((await cli(['frob'])).code).toBe(2);
    const help = await cli(['run', '--help']);
    expect(help.code).toBe(0);
    expect(help.out).toMatch(/--allow-mutations/);
  });
});
