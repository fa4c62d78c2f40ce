// `tcconform sdk` on releases: a published release named by version (fetched by a fake npm on PATH: nothing is
// downloaded), release against release (--baseline-sdk, --baseline FILE, --fail-on regression) and a matrix of
// releases. Narrowed to a few actions and one calling style: the gate's own coverage is tested in sdk/run/.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sdkCommand } from '../cli/sdk-command.ts';
import type { ReleaseMatrix } from './results/release-matrix.ts';
import type { SdkResultsFile } from './results/sdk-results-file.ts';
import { doctorSdk, DOCTORINGS } from './testing/doctor-sdk.ts';
import { fakeNpm } from './testing/fake-npm.ts';

for (const name of ['http_proxy', 'HTTP_PROXY', 'https_proxy', 'HTTPS_PROXY']) delete process.env[name];

const cleanup: (() => void)[] = [];
afterAll(() => cleanup.forEach((f) => f()));
const temp = () => {
  const d = mkdtempSync(join(tmpdir(), 'tcconform-sdk-rel-'));
  cleanup.push(() => rmSync(d, { recursive: true, force: true }));
  return d;
};
const here = createRequire(import.meta.url);
const release = (name: string) => dirname(here.resolve(`${name}/package.json`));
const installed = release('tencentcloud-sdk-nodejs');
const doctored = () => {
  const copy = doctorSdk(DOCTORINGS.codeNotMapped);
  cleanup.push(copy.remove);
  return copy.root;
};

async function run(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await sdkCommand(argv, { out: (s) => out.push(s), err: (s) => err.push(s), tty: false });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const oneStyle = ['--style', 'tc3-post-json'];
const results = (dir: string) => JSON.parse(readFileSync(join(dir, 'sdk-results.json'), 'utf8')) as SdkResultsFile;

/** Runs `body` with `npm` first on PATH. */
async function withNpm<T>(npm: { dir: string }, body: () => Promise<T>): Promise<T> {
  const path = process.env['PATH'];
  process.env['PATH'] = `${npm.dir}:${path ?? ''}`;
  try {
    return await body();
  } finally {
    process.env['PATH'] = path;
  }
}

describe('tcconform sdk --sdk tencentcloud-sdk-nodejs@VERSION', () => {
  let tgz = '';
  beforeAll(() => {
    tgz = join(temp(), 'packed.tgz');
    const copy = doctorSdk([]);
    execFileSync('tar', ['-czf', tgz, '-C', dirname(copy.root), 'package']);
    copy.remove();
  }, 60_000);
  it('fetches with the user\'s npm (npm pack) and names the release as given', async () => {
    const npm = fakeNpm(`cp "${tgz}" ./tencentcloud-sdk-nodejs-4.1.313.tgz`);
    cleanup.push(npm.remove);
    const r = await withNpm(npm, () => run(['--sdk', 'tencentcloud-sdk-nodejs@4.1.313', '--action', 'DescribeImages', ...oneStyle, '--out', join(temp(), 'out'), '--json']));
    expect(r.code).toBe(0);
    expect(npm.args()).toBe('pack tencentcloud-sdk-nodejs@4.1.313 --loglevel=error');
    expect((JSON.parse(r.out) as { sdk: { source: string; version: string } }).sdk).toMatchObject({ source: 'tencentcloud-sdk-nodejs@4.1.313', version: '4.1.313' });
  });
  it('a version range becomes a matrix of the releases npm lists in it, oldest first; a wide one is one line, exit 2', async () => {
    const npm = fakeNpm(`if [ "$1" = view ]; then echo '["4.1.10","4.1.9"]'; else echo "$2" >> "$(dirname "$0")/packed"; cp "${tgz}" ./x.tgz; fi`);
    cleanup.push(npm.remove);
    const out = temp();
    const r = await withNpm(npm, () => run(['--sdk', 'tencentcloud-sdk-nodejs@>=4.1.9 <4.1.11', '--action', 'DescribeImages', ...oneStyle, '--out', out]));
    expect(r.code).toBe(0);
    expect(readFileSync(join(npm.dir, 'packed'), 'utf8')).toBe('tencentcloud-sdk-nodejs@4.1.9\ntencentcloud-sdk-nodejs@4.1.10\n');
    const m = JSON.parse(readFileSync(join(out, 'sdk-matrix.json'), 'utf8')) as ReleaseMatrix;
    expect(m.releases.map((x) => x.source)).toEqual(['tencentcloud-sdk-nodejs@4.1.9', 'tencentcloud-sdk-nodejs@4.1.10']);
    const wide = fakeNpm(`echo '[${Array.from({ length: 13 }, (_, i) => `"4.1.${i}"`).join(',')}]'`);
    cleanup.push(wide.remove);
    const w = await withNpm(wide, () => run(['--sdk', 'tencentcloud-sdk-nodejs@^4.1.0', '--out', temp()]));
    expect(w).toMatchObject({ code: 2, err: 'tcconform sdk: --sdk tencentcloud-sdk-nodejs@^4.1.0: 13 releases in this range; narrow it to at most 12' });
    expect(wide.args()).toBe('view tencentcloud-sdk-nodejs@^4.1.0 version --json --loglevel=error');
  });
  it('a release npm cannot fetch is one line and exit 2, before anything runs', async () => {
    const npm = fakeNpm('echo "npm error code ENOTFOUND" >&2; echo "npm error network request to https://registry.npmjs.org/tencentcloud-sdk-nodejs failed, reason: getaddrinfo ENOTFOUND registry.npmjs.org" >&2; exit 1');
    cleanup.push(npm.remove);
    const r = await withNpm(npm, () => run(['--sdk', 'tencentcloud-sdk-nodejs@4.1.200', '--out', join(temp(), 'out')]));
    expect(r.code).toBe(2);
    expect(r.err).toBe('tcconform sdk: --sdk tencentcloud-sdk-nodejs@4.1.200: cannot fetch it with npm (offline, or no such version?): network request to https://registry.npmjs.org/tencentcloud-sdk-nodejs failed, reason: getaddrinfo ENOTFOUND registry.npmjs.org');
  });
});

describe('tcconform sdk release against release', () => {
  const narrow = ['--action', 'CancelShareBlueprintAcrossAccounts', ...oneStyle];
  it('--fail-on regression exits 1 on a regression (a doctored copy of the current release), naming it per action and style', async () => {
    const out = temp();
    const r = await run(['--sdk', doctored(), '--baseline-sdk', installed, ...narrow, '--fail-on', 'regression', '--out', out]);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/Against the baseline tencentcloud-sdk-nodejs 4\.1\.313 \([^)]*\): 1 regression\(s\), 0 improvement\(s\)\n {2}WORSE {2}lighthouse\.CancelShareBlueprintAcrossAccounts sdk_error_mapping \(tc3-post-json\): Error code not mapped\n {6}before: (\d+)\/\1 passed; now: 0\/\1 passed, \1 with this finding/);
    expect(r.out).toMatch(/--fail-on regression: FAIL, 1 regression\(s\) since 4\.1\.313$/);
    expect(results(out).releaseDiff?.regressions.map((c) => [c.operation, c.check, c.styles, c.title])).toEqual([['lighthouse.CancelShareBlueprintAcrossAccounts', 'sdk_error_mapping', ['tc3-post-json'], 'Error code not mapped']]);
    expect(results(join(out, 'baseline')).verdict).toBe('pass');
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toContain('worse: Error code not mapped');
  });
  it('the same pair the other way round is an improvement: exit 0', async () => {
    const r = await run(['--sdk', installed, '--baseline-sdk', doctored(), ...narrow, '--fail-on', 'regression', '--out', temp()]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/0 regression\(s\), 1 improvement\(s\)\n {2}BETTER lighthouse\.CancelShareBlueprintAcrossAccounts sdk_error_mapping \(tc3-post-json\): Error code not mapped/);
  });
  it('--baseline takes the sdk-results.json of an earlier gate; --fail-on regression passes a failing release with no regression', async () => {
    const earlier = temp();
    const actions = ['--action', 'ModifyImageSharePermission,DescribeBlueprintsShareAcrossAccountInfos,DescribeImages', ...oneStyle];
    expect((await run(['--sdk', release('tencentcloud-sdk-nodejs-4-1-0'), ...actions, '--out', earlier])).code).toBe(1);
    const r = await run(['--sdk', release('tencentcloud-sdk-nodejs-4-1-200'), '--baseline', join(earlier, 'sdk-results.json'), ...actions, '--fail-on', 'regression', '--out', temp()]);
    expect(r.out).toMatch(/^FINDING \[critical\] sdk_action_presence lighthouse\.DescribeBlueprintsShareAcrossAccountInfos/m);
    expect(r.out).toMatch(/Against the baseline tencentcloud-sdk-nodejs 4\.1\.0 \([^)]*\): 0 regression\(s\), 1 improvement\(s\)\n {2}BETTER lighthouse\.ModifyImageSharePermission sdk_action_presence \(all\): ModifyImageSharePermission is now in the release/);
    expect(r.code).toBe(0);
    const plain = await run(['--sdk', release('tencentcloud-sdk-nodejs-4-1-200'), '--baseline', join(earlier, 'sdk-results.json'), ...actions, '--out', temp(), '--json']);
    expect(plain.code).toBe(1);
    const json = JSON.parse(plain.out) as { absent: { operation: string }[]; releaseDiff: { regressions: unknown[]; improvements: { title: string }[] } };
    expect(json.absent.map((a) => a.operation)).toEqual(['lighthouse.DescribeBlueprintsShareAcrossAccountInfos']);
    expect(json.releaseDiff.regressions).toEqual([]);
    expect(json.releaseDiff.improvements.map((c) => c.title)).toEqual(['ModifyImageSharePermission is now in the release']);
  });
  it('usage errors are one line, exit 2', async () => {
    const notResults = join(temp(), 'x.json');
    writeFileSync(notResults, '{"hello":1}');
    for (const [argv, message] of [
      [['--fail-on', 'regression'], /--fail-on regression needs --baseline-sdk or --baseline/],
      [['--fail-on', 'drift'], /unknown --fail-on 'drift'/],
      [['--baseline', notResults], /not an sdk-results\.json of tcconform sdk/],
      [['--baseline', '/nonexistent/sdk-results.json'], /no such file/],
      [['--baseline', notResults, '--baseline-sdk', installed], /not both/],
      [['--sdk', installed, '--sdk', installed, '--baseline-sdk', installed], /a baseline compares one candidate/],
      [['--sdk', installed, '--baseline-sdk', '/nonexistent/sdk'], /^tcconform sdk: --baseline-sdk \/nonexistent\/sdk: no such file or folder$/],
    ] as const) {
      const r = await run([...argv, '--action', 'DescribeImages', ...oneStyle, '--out', temp()]);
      expect(r.code, argv.join(' ')).toBe(2);
      expect(r.err, argv.join(' ')).toMatch(message);
      expect(r.err.split('\n')).toHaveLength(1);
    }
  });
});

describe('tcconform sdk with several releases', () => {
  it('gives a matrix release × action × check, each release in its own folder, one report over all', async () => {
    const out = temp();
    const sdks = [release('tencentcloud-sdk-nodejs-4-1-0'), release('tencentcloud-sdk-nodejs-4-1-200'), installed].flatMap((s) => ['--sdk', s]);
    const r = await run([...sdks, '--action', 'ModifyImageSharePermission,DescribeBlueprintsShareAcrossAccountInfos', ...oneStyle, '--out', out]);
    expect(r.code).toBe(1);
    const m = JSON.parse(readFileSync(join(out, 'sdk-matrix.json'), 'utf8')) as ReleaseMatrix;
    expect(m.releases.map((x) => [x.version, x.verdict, x.absent])).toEqual([
      ['4.1.0', 'fail', ['lighthouse.ModifyImageSharePermission', 'lighthouse.DescribeBlueprintsShareAcrossAccountInfos']],
      ['4.1.200', 'fail', ['lighthouse.DescribeBlueprintsShareAcrossAccountInfos']],
      ['4.1.313', 'pass', []],
    ]);
    expect(m.matrix['lighthouse.ModifyImageSharePermission']?.['sdk_action_presence']?.map((t) => t?.passed)).toEqual([0, 1, 1]);
    expect(m.matrix['lighthouse.ModifyImageSharePermission']?.['sdk_error_mapping']?.map((t) => t === null ? null : t.skipped === t.total)).toEqual([true, false, false]);
    expect(m.matrix['cvm.ModifyImageSharePermission']?.['sdk_wire_conformance']?.every((t) => t !== null && t.failed === 0 && t.passed > 0)).toBe(true);
    expect(r.out).toMatch(/^ {2}lighthouse\.DescribeBlueprintsShareAcrossAccountInfos +absent +absent +ok$/m);
    expect(r.out).toMatch(/^ {2}lighthouse\.ModifyImageSharePermission +absent +ok +ok$/m);
    expect(results(m.releases[1]?.dir ?? '').sdk.version).toBe('4.1.200');
    expect(readFileSync(join(out, 'junit.xml'), 'utf8')).toContain('4.1.200');
  });
});
