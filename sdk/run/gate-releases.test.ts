// The gate on real earlier releases of tencentcloud-sdk-nodejs, installed as devDependencies under npm aliases
// (package.json: tencentcloud-sdk-nodejs-4-1-0, tencentcloud-sdk-nodejs-4-1-200): the actions each lacks are named,
// one finding per action, their checks are skipped with that reason, and nothing else is blamed.
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { operations } from '../../generated/operations.ts';
import { exitCodeOf } from '../results/gate-verdict.ts';
import { releaseDiff } from '../results/release-diff.ts';
import { sdkResultsFile, type SdkResultsFile } from '../results/sdk-results-file.ts';
import { runGate } from './run-gate.ts';

for (const name of ['http_proxy', 'HTTP_PROXY', 'https_proxy', 'HTTPS_PROXY']) delete process.env[name];

const release = (alias: string) => dirname(createRequire(import.meta.url).resolve(`${alias}/package.json`));
// Two styles (TC3 JSON, v1 GET) and no malformed answers keep this modest; the whole gate runs in gate-installed.
const narrow = { styles: ['tc3-post-json', 'v1-hmacsha1-get'], kinds: ['value', 'error'] as const };

const files: Record<string, SdkResultsFile> = {};
beforeAll(async () => {
  for (const alias of ['tencentcloud-sdk-nodejs-4-1-0', 'tencentcloud-sdk-nodejs-4-1-200']) {
    const gate = await runGate({ sdk: release(alias), ...narrow, kinds: [...narrow.kinds] });
    if (!gate.ok) throw new Error(gate.error.message);
    files[alias] = sdkResultsFile(gate.value);
  }
}, 180_000);

/** Every distinct finding as `check operation: title`. */
const findings = (file: SdkResultsFile) => [...new Set(file.cases.flatMap((c) => c.findings.map((f) => `${f.check} ${f.operation}: ${f.title}`)))].sort();

describe.each([
  ['tencentcloud-sdk-nodejs-4-1-0', '4.1.0', ['lighthouse.DescribeBlueprintsShareAcrossAccountInfos', 'lighthouse.ModifyImageSharePermission']],
  ['tencentcloud-sdk-nodejs-4-1-200', '4.1.200', ['lighthouse.DescribeBlueprintsShareAcrossAccountInfos']],
])('the real release %s', (alias, version, lacks) => {
  it('names exactly the actions it lacks, one finding each, and blames nothing else', () => {
    const file = files[alias] as SdkResultsFile;
    expect(file.sdk.version).toBe(version);
    expect(file.absent.map((a) => a.operation).sort()).toEqual(lacks);
    expect(findings(file)).toEqual(lacks.map((key) => `sdk_action_presence ${key}: ${key.split('.')[1]} is not in this release`));
    expect(file.cases.filter((c) => c.status === 'errored')).toEqual([]);
    expect(file.verdict).toBe('fail');
    expect(exitCodeOf(file.verdict)).toBe(1);
  });
  it('skips the checks of a missing action with that reason, and judges every other action in full', () => {
    const file = files[alias] as SdkResultsFile;
    for (const key of lacks) {
      const skipped = file.cases.filter((c) => c.operation === key && c.status === 'skipped');
      expect(skipped.map((c) => c.check).sort()).toEqual(['sdk_error_mapping', 'sdk_model_conformance', 'sdk_value_conformance', 'sdk_wire_conformance']);
      for (const c of skipped) expect(c.skipReason).toMatch(new RegExp(`^skipped: ${key.split('.')[1]} is not in this release`));
      expect(file.cases.filter((c) => c.operation === key && c.status !== 'skipped').map((c) => c.check)).toEqual(['sdk_action_presence']);
    }
    for (const op of operations.filter((o) => !lacks.includes(o.key))) {
      const mine = file.cases.filter((c) => c.operation === op.key);
      for (const check of ['sdk_action_presence', 'sdk_wire_conformance', 'sdk_value_conformance', 'sdk_error_mapping', 'sdk_model_conformance']) {
        const judged = mine.filter((c) => c.check === check);
        expect(judged.length, `${op.key} ${check}`).toBeGreaterThan(0);
        expect(judged.every((c) => c.status === 'passed'), `${op.key} ${check}`).toBe(true);
      }
    }
  });
});

describe('release against release, on the real 4.1.0 and 4.1.200', () => {
  const summary = (changes: readonly { operation: string; check: string; title: string }[]) => changes.map((c) => `${c.check} ${c.operation}: ${c.title}`);
  it('4.1.0 as the candidate after 4.1.200: the one action it dropped is the only regression', () => {
    const diff = releaseDiff(files['tencentcloud-sdk-nodejs-4-1-200'] as SdkResultsFile, files['tencentcloud-sdk-nodejs-4-1-0'] as SdkResultsFile);
    expect(diff.baseline.version).toBe('4.1.200');
    expect(diff.candidate.version).toBe('4.1.0');
    expect(summary(diff.regressions)).toEqual(['sdk_action_presence lighthouse.ModifyImageSharePermission: ModifyImageSharePermission is not in this release']);
    expect(diff.improvements).toEqual([]);
  });
  it('4.1.200 as the candidate after 4.1.0: the action it gained is an improvement, the one both lack is neither', () => {
    const diff = releaseDiff(files['tencentcloud-sdk-nodejs-4-1-0'] as SdkResultsFile, files['tencentcloud-sdk-nodejs-4-1-200'] as SdkResultsFile);
    expect(diff.regressions).toEqual([]);
    expect(summary(diff.improvements)).toEqual(['sdk_action_presence lighthouse.ModifyImageSharePermission: ModifyImageSharePermission is now in the release']);
    expect(diff.improvements[0]?.after).toMatch(/^in the release: \d+ check\(s\) passed, 0 failed$/);
  });
});
