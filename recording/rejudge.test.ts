// Re-judging: a run against the standalone mock, recorded and re-judged offline, gives the same verdict and the
// same findings for every case as the original run; also with deviations injected through the mock's admin
// interface (so failures, state read-backs, a rate-limit burst and an auth case breaking one signing rule are re-judged
// from the recorded sequence and the signing change each call names).

import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { recordStandalone, rejudge, resultsOf, verdicts } from './testing/recorded-runs.ts';

const dir = mkdtempSync(join(tmpdir(), 'tcconform-rejudge-'));

describe('re-judging a recording offline', () => {
  it('gives the verdicts and findings of the recorded run, with deviations injected', async () => {
    const deviations = ['undocumented-error-code', 'share-not-applied', 'rate-limit-not-enforced'].map((name) => ({ name, action: 'ShareBlueprintAcrossAccounts' }));
    const original = await recordStandalone(join(dir, 'deviating'), deviations, ['--action', 'ShareBlueprintAcrossAccounts', '--runs', '1']);
    expect(original.code).toBe(1);
    const again = await rejudge(original.recording, join(dir, 'deviating', 'rejudged'));
    expect(again.code).toBe(1);
    const before = verdicts(original.report);
    expect(verdicts(join(dir, 'deviating', 'rejudged'))).toEqual(before);
    const checks = new Set(resultsOf(original.report).cases.flatMap((c) => c.findings.map((f) => f.check)));
    expect([...checks]).toEqual(expect.arrayContaining(['error_code_conformance', 'rate_limit_conformance', 'auth_conformance']));
    expect(before.has('lighthouse.ShareBlueprintAcrossAccounts.state.share-model')).toBe(true);
    const run = resultsOf(join(dir, 'deviating', 'rejudged')).runs[0];
    expect(run?.target.kind).toBe('recording');
    expect(run?.recording?.specsDiffer).toEqual([]);
  }, 300_000);

  it('gives the verdicts of the auth cases, one signing rule left unenforced: the recording names each call\'s signing variant', async () => {
    const original = await recordStandalone(join(dir, 'signing'), [{ name: 'v1.sorted-not-enforced' }], ['--action', 'DescribeImages', '--case', '.auth.', '--runs', '1']);
    expect(original.code).toBe(1);
    const failed = resultsOf(original.report).cases.filter((c) => c.status !== 'passed').map((c) => c.id);
    expect(failed).toEqual(['cvm.DescribeImages.auth.v1.sorted']);
    expect(resultsOf(original.report).cases.length).toBeGreaterThan(20);
    const again = await rejudge(original.recording, join(dir, 'signing', 'rejudged'));
    expect(again.code).toBe(1);
    expect(verdicts(join(dir, 'signing', 'rejudged'))).toEqual(verdicts(original.report));
  }, 300_000);

  it('gives the verdicts of a conforming recorded run, every case passing again', async () => {
    const original = await recordStandalone(join(dir, 'faithful'), [], ['--product', 'cvm', '--action', 'ModifyImageSharePermission', '--runs', '1']);
    expect(original.code).toBe(0);
    const again = await rejudge(original.recording, join(dir, 'faithful', 'rejudged'));
    expect(again.stdout).toMatch(/CONFORMS: \d+ passed, 0 failed/);
    expect(again.code).toBe(0);
    expect(verdicts(join(dir, 'faithful', 'rejudged'))).toEqual(verdicts(original.report));
  }, 300_000);
});
