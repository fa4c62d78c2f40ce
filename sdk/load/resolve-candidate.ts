// What one `--sdk` argument names: the installed SDK, a package folder or .tgz on disk, or a published release
// (`tencentcloud-sdk-nodejs@VERSION`, fetched with the user's npm). A path that exists always wins.

import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Result } from '../../core/types.ts';
import { fetchRelease, releaseSpec } from './fetch-release.ts';
import { expandRange, releaseRange } from './release-range.ts';

/** A candidate ready to load: its path (undefined: the installed SDK), its label, and its temp files' cleanup. */
export interface Candidate {
  readonly path: string | undefined;
  readonly label: string;
  readonly remove: () => void;
}

/** Resolves `arg` against `cwd`; a release that cannot be fetched is a one-line error (a usage error, exit 2). */
export function resolveCandidate(arg: string | undefined, cwd: string): Result<Candidate, string> {
  const none = () => undefined;
  if (arg === undefined) return { ok: true, value: { path: undefined, label: 'installed', remove: none } };
  const path = resolve(cwd, arg);
  const version = releaseSpec(arg);
  if (existsSync(path) || version === undefined) return { ok: true, value: { path, label: arg, remove: none } };
  const fetched = fetchRelease(version);
  if (!fetched.ok) return fetched;
  return { ok: true, value: { path: fetched.value.tgz, label: arg, remove: fetched.value.remove } };
}

/** The --sdk arguments with every `tencentcloud-sdk-nodejs@RANGE` replaced by the releases npm lists in it. */
export function expandReleaseRanges(args: readonly string[], cwd: string): Result<string[], string> {
  const out: string[] = [];
  for (const arg of args) {
    const range = existsSync(resolve(cwd, arg)) ? undefined : releaseRange(arg);
    if (range === undefined) {
      out.push(arg);
      continue;
    }
    const listed = expandRange(range);
    if (!listed.ok) return listed;
    out.push(...listed.value);
  }
  return { ok: true, value: out };
}
