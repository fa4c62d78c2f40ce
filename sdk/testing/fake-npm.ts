// Test helper: a fake `npm` in a fresh folder (put it first on PATH), so `--sdk tencentcloud-sdk-nodejs@VERSION`
// is tested without any download. It records its arguments, then runs `body` (shell) in npm's working folder.

import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A fake npm: its folder, the arguments of its last run, and its removal. */
export interface FakeNpm {
  readonly dir: string;
  readonly args: () => string;
  readonly remove: () => void;
}

/** Writes `<dir>/npm` running `body` after recording its arguments. */
export function fakeNpm(body: string): FakeNpm {
  const dir = mkdtempSync(join(tmpdir(), 'tcconform-fake-npm-'));
  writeFileSync(join(dir, 'npm'), `#!/bin/sh\necho "$@" > "${dir}/args"\n${body}\n`);
  chmodSync(join(dir, 'npm'), 0o755);
  return { dir, args: () => readFileSync(join(dir, 'args'), 'utf8').trim(), remove: () => rmSync(dir, { recursive: true, force: true }) };
}
