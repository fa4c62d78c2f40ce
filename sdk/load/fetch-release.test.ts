// `--sdk tencentcloud-sdk-nodejs@VERSION`: the argument's parsing, and fetching through the user's npm, with a fake
// npm on PATH (nothing is downloaded): a failing npm is one line naming why, a working one hands over its tarball.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fetchRelease, releaseSpec } from './fetch-release.ts';
import { releaseRange } from './release-range.ts';
import { resolveCandidate } from './resolve-candidate.ts';
import { fakeNpm as makeFakeNpm, type FakeNpm } from '../testing/fake-npm.ts';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
const temp = () => {
  const d = mkdtempSync(join(tmpdir(), 'tcconform-fetch-test-'));
  dirs.push(d);
  return d;
};

const npms: FakeNpm[] = [];
afterAll(() => npms.forEach((n) => n.remove()));
const fakeNpm = (body: string) => {
  const npm = makeFakeNpm(body);
  npms.push(npm);
  return npm;
};

describe('releaseSpec', () => {
  it('reads a version or dist-tag of tencentcloud-sdk-nodejs, nothing else', () => {
    expect(releaseSpec('tencentcloud-sdk-nodejs@4.1.200')).toBe('4.1.200');
    expect(releaseSpec('tencentcloud-sdk-nodejs@latest')).toBe('latest');
    expect(releaseSpec('tencentcloud-sdk-nodejs@4.2.0-beta.1')).toBe('4.2.0-beta.1');
    for (const other of ['tencentcloud-sdk-nodejs', 'left-pad@1.0.0', 'tencentcloud-sdk-nodejs@', './tencentcloud-sdk-nodejs-4.1.0.tgz', 'tencentcloud-sdk-nodejs@1; rm -rf /']) {
      expect(releaseSpec(other), other).toBeUndefined();
    }
  });
});

describe('releaseRange', () => {
  it('reads a semver range, not a single version, tag or anything else', () => {
    expect(releaseRange('tencentcloud-sdk-nodejs@>=4.1.0 <4.1.5')).toBe('>=4.1.0 <4.1.5');
    expect(releaseRange('tencentcloud-sdk-nodejs@^4.1.0')).toBe('^4.1.0');
    expect(releaseRange('tencentcloud-sdk-nodejs@4.1.0 - 4.1.3')).toBe('4.1.0 - 4.1.3');
    for (const other of ['tencentcloud-sdk-nodejs@4.1.0', 'tencentcloud-sdk-nodejs@latest', 'left-pad@^1', 'tencentcloud-sdk-nodejs@1;rm', 'tencentcloud-sdk-nodejs@ ']) {
      expect(releaseRange(other), other).toBeUndefined();
    }
  });
});

describe('fetchRelease', () => {
  it('an npm that fails (offline, unknown version) gives one line with npm\'s reason, and leaves no temp folder', () => {
    const npm = fakeNpm('echo "npm error code E404" >&2; echo "npm error 404 Not Found - GET https://registry.example/tencentcloud-sdk-nodejs - Not found" >&2; echo "npm error A complete log of this run can be found in: /x.log" >&2; exit 1');
    const r = fetchRelease('0.0.1', join(npm.dir, 'npm'));
    expect(r).toEqual({ ok: false, error: '--sdk tencentcloud-sdk-nodejs@0.0.1: cannot fetch it with npm (offline, or no such version?): 404 Not Found - GET https://registry.example/tencentcloud-sdk-nodejs - Not found' });
    expect(npm.args()).toBe('pack tencentcloud-sdk-nodejs@0.0.1 --loglevel=error');
  });
  it('no npm at all is one line too', () => {
    const r = fetchRelease('4.1.0', join(temp(), 'npm-missing'));
    expect(!r.ok && r.error).toMatch(/^--sdk tencentcloud-sdk-nodejs@4\.1\.0: cannot fetch it with npm .*npm-missing is not on PATH$/);
  });
  it('a working npm: the tarball it packed, in a temp folder that remove() deletes', () => {
    const npm = fakeNpm('echo tarball > tencentcloud-sdk-nodejs-4.1.0.tgz; echo tencentcloud-sdk-nodejs-4.1.0.tgz');
    const r = fetchRelease('4.1.0', join(npm.dir, 'npm'));
    if (!r.ok) throw new Error(r.error);
    expect(readFileSync(r.value.tgz, 'utf8')).toBe('tarball\n');
    r.value.remove();
    expect(existsSync(r.value.tgz)).toBe(false);
  });
});

describe('resolveCandidate', () => {
  it('takes an existing path as a path even when it is named like a release, and the installed SDK for none', () => {
    const dir = temp();
    writeFileSync(join(dir, 'tencentcloud-sdk-nodejs@4.1.0'), '');
    expect(resolveCandidate('tencentcloud-sdk-nodejs@4.1.0', dir)).toMatchObject({ ok: true, value: { path: join(dir, 'tencentcloud-sdk-nodejs@4.1.0'), label: 'tencentcloud-sdk-nodejs@4.1.0' } });
    expect(resolveCandidate(undefined, dir)).toMatchObject({ ok: true, value: { path: undefined, label: 'installed' } });
    expect(resolveCandidate('missing.tgz', dir)).toMatchObject({ ok: true, value: { path: join(dir, 'missing.tgz') } });
  });
});
