// `tcconform mock`: flags, world files and fixtures-out; a bad flag or world is exit 2 with one line.
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { request } from 'undici';
import { describe, expect, it } from 'vitest';
import { mockCommand } from './mock-command.ts';

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (s: string) => out.push(s), err: (s: string) => err.push(s) }, out, err };
}

describe('tcconform mock', () => {
  it('prints help', async () => {
    const c = capture();
    expect(await mockCommand(['--help'], c.io)).toBe(0);
    expect(c.out.join('\n')).toMatch(/--fixtures-out FILE/);
  });

  it.each([
    [['--port', 'eighty'], /--port must be an integer/],
    [['--port', '70000'], /--port must be an integer/],
    [['--colour'], /Unknown option '--colour'/],
    [['extra'], /unexpected argument 'extra'/],
  ])('exits 2 with one line for %j', async (argv, message) => {
    const c = capture();
    expect(await mockCommand(argv, c.io)).toBe(2);
    expect(c.err).toHaveLength(1);
    expect(c.err[0]).toMatch(message);
  });

  it('exits 2 with one line naming file, pointer and problem for a bad world file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'tcconform-mock-cli-'));
    const path = join(dir, 'world.yaml');
    await writeFile(path, 'regions: [ap-guangzhou]\ncallerId: "1"\naccounts: [{ id: "1", site: mars }]\n');
    const c = capture();
    expect(await mockCommand(['--world', path], c.io)).toBe(2);
    expect(c.err).toEqual([`tcconform mock: invalid world file: ${path}: /accounts/0/site: must be one of intl, china`]);
  });

  it('serves, writes the fixtures file, and stops cleanly', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'tcconform-mock-cli-'));
    const fixturesPath = join(dir, 'fixtures.json');
    const c = capture();
    const stop = new AbortController();
    const running = mockCommand(['--fixtures-out', fixturesPath, '--no-rate-limits'], c.io, stop.signal);
    while (c.out.length === 0) await new Promise((r) => setTimeout(r, 10));
    const url = c.out[0] as string;
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const fixtures = JSON.parse(await readFile(fixturesPath, 'utf8'));
    expect(fixtures.regions['ap-guangzhou'].lighthouse.situations['share.not-self']).toBeDefined();
    const answer = await request(url, { method: 'PUT' });
    expect(answer.statusCode).toBe(200);
    expect(((await answer.body.json()) as { Response: { Error: { Code: string } } }).Response.Error.Code).toBe('UnsupportedProtocol');
    stop.abort();
    expect(await running).toBe(0);
    await expect(request(url)).rejects.toThrow();
  });
});
