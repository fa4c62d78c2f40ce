// `--sdk tencentcloud-sdk-nodejs@VERSION`: a published release, fetched with the user's own npm (`npm pack` into a
// fresh temp folder, so the user's registry, proxy and auth settings apply). Nothing else in tcconform downloads.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Result } from '../../core/types.ts';

const PACKAGE = 'tencentcloud-sdk-nodejs';

/** The version (or dist-tag) of a `tencentcloud-sdk-nodejs@VERSION` argument; undefined for anything else. */
export function releaseSpec(arg: string): string | undefined {
  const match = /^tencentcloud-sdk-nodejs@([0-9A-Za-z][0-9A-Za-z.+_-]*)$/.exec(arg);
  return match?.[1];
}

/** A fetched release: the tarball and how to remove its temp folder. */
export interface FetchedRelease {
  readonly tgz: string;
  readonly remove: () => void;
}

/** `npm pack tencentcloud-sdk-nodejs@VERSION` in a temp folder; `npm` is the command to run (a test may point it elsewhere). */
export function fetchRelease(version: string, npm = 'npm'): Result<FetchedRelease, string> {
  const dir = mkdtempSync(join(tmpdir(), 'tcconform-sdk-fetch-'));
  const remove = () => rmSync(dir, { recursive: true, force: true });
  const spec = `${PACKAGE}@${version}`;
  const run = spawnSync(npm, ['pack', spec, '--loglevel=error'], { cwd: dir, encoding: 'utf8', timeout: 300_000, stdio: ['ignore', 'pipe', 'pipe'] });
  const tgz = run.status === 0 ? readdirSync(dir).find((f) => f.endsWith('.tgz')) : undefined;
  if (tgz !== undefined) return { ok: true, value: { tgz: join(dir, tgz), remove } };
  remove();
  const why = run.error !== undefined ? (run.error as NodeJS.ErrnoException).code === 'ENOENT' ? `${npm} is not on PATH` : run.error.message
    : run.status === 0 ? 'npm pack wrote no .tgz' : npmError(run.stderr);
  return { ok: false, error: `--sdk ${spec}: cannot fetch it with npm (offline, or no such version?): ${why}` };
}

/** The line of npm's error output that says what went wrong (not its code, not the log file's path). */
function npmError(stderr: string): string {
  const lines = stderr.split('\n').map((l) => l.replace(/^npm (ERR!|error)\s*/, '').trim()).filter(Boolean);
  const telling = lines.find((l) => !/^(code|syscall|errno)\b/.test(l) && !/complete log/i.test(l));
  return (telling ?? lines[0] ?? 'npm pack failed without a message').slice(0, 300);
}
