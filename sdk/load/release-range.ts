// `--sdk 'tencentcloud-sdk-nodejs@>=4.1.0 <4.1.5'`: a semver range of published releases, listed with the user's npm
// (`npm view … version --json`) and gated one by one as a matrix; capped so a wide range is a usage error.

import { spawnSync } from 'node:child_process';
import type { Result } from '../../core/types.ts';
import { releaseSpec } from './fetch-release.ts';

/** At most this many releases from one range (each is a download and a full gate). */
export const MAX_RANGE_RELEASES = 12;

/** The range of a `tencentcloud-sdk-nodejs@RANGE` argument that is not a single version or tag; undefined otherwise. */
export function releaseRange(arg: string): string | undefined {
  if (releaseSpec(arg) !== undefined) return undefined;
  const match = /^tencentcloud-sdk-nodejs@([0-9A-Za-z.+_<>=~^|* -]+)$/.exec(arg);
  return match?.[1]?.trim() || undefined;
}

/** The versions npm knows in `range`, oldest first, as `tencentcloud-sdk-nodejs@VERSION` arguments. */
export function expandRange(range: string, npm = 'npm'): Result<string[], string> {
  const spec = `tencentcloud-sdk-nodejs@${range}`;
  const run = spawnSync(npm, ['view', spec, 'version', '--json', '--loglevel=error'], { encoding: 'utf8', timeout: 120_000, stdio: ['ignore', 'pipe', 'pipe'] });
  const fail = (why: string): Result<string[], string> => ({ ok: false, error: `--sdk ${spec}: ${why}` });
  if (run.error !== undefined) return fail(`cannot list it with npm: ${(run.error as NodeJS.ErrnoException).code === 'ENOENT' ? `${npm} is not on PATH` : run.error.message}`);
  let listed: unknown;
  try {
    listed = run.status === 0 ? JSON.parse(run.stdout.trim() || '[]') : undefined;
  } catch {
    listed = undefined;
  }
  if (listed === undefined) return fail(`cannot list it with npm (offline?): ${firstLine(run.stderr)}`);
  const versions = (Array.isArray(listed) ? listed : [listed]).filter((v): v is string => typeof v === 'string').sort(compareVersions);
  if (versions.length === 0) return fail('no published release in this range');
  if (versions.length > MAX_RANGE_RELEASES) return fail(`${versions.length} releases in this range; narrow it to at most ${MAX_RANGE_RELEASES}`);
  return { ok: true, value: versions.map((v) => `tencentcloud-sdk-nodejs@${v}`) };
}

/** Numeric, part by part (4.1.9 before 4.1.10); a pre-release after its numbers' other forms. */
function compareVersions(a: string, b: string): number {
  const pa = a.split(/[.+-]/);
  const pb = b.split(/[.+-]/);
  for (let i = 0; i < Math.max(pa.length, pb.length); i += 1) {
    const x = pa[i] ?? '';
    const y = pb[i] ?? '';
    const d = /^\d+$/.test(x) && /^\d+$/.test(y) ? Number(x) - Number(y) : x.localeCompare(y);
    if (d !== 0) return d;
  }
  return 0;
}

function firstLine(stderr: string): string {
  const lines = stderr.split('\n').map((l) => l.replace(/^npm (ERR!|error)\s*/, '').trim()).filter((l) => l && !/^(code|syscall|errno)\b/.test(l));
  return (lines[0] ?? 'npm view failed without a message').slice(0, 300);
}
