// index.html of a gate run with a baseline release: the drift section becomes "Release against release", its rows
// are the regressions (gating with --fail-on regression) and improvements; the page renders without errors.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { browserSkipReason, openBrowser } from '../../reports/testing/browser.ts';
import type { SdkCaseResult } from './case-result.ts';
import { sdkFinding } from '../sdk-finding.ts';
import { releaseDiff } from './release-diff.ts';
import { sdkResultsFile } from './sdk-results-file.ts';
import { writeGateOutputs } from './write-gate-outputs.ts';

const dir = mkdtempSync(join(tmpdir(), 'tcconform-release-report-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(version: string, status: 'passed' | 'failed', other: 'passed' | 'failed') {
  const rec = (operation: string, s: 'passed' | 'failed', title: string): SdkCaseResult => ({ id: `${operation}#e`, title: 't', operation, product: 'lighthouse',
    action: operation.split('.')[1] ?? '', check: 'sdk_error_mapping', style: 'tc3-post-json', safety: 'negative', docs: [], observed: [], exchanges: [], latenciesMs: [],
    status: s, durationMs: 0, target: `tencentcloud-sdk-nodejs ${version}`, findings: s === 'failed' ? [sdkFinding({ check: 'sdk_error_mapping', severity: 'critical', operation, title, detail: '' })] : [] });
  return sdkResultsFile({ sdk: { version, source: version, root: '' }, target: `tencentcloud-sdk-nodejs ${version}`, startedAt: '2026-12-05T00:00:00Z', durationMs: 1,
    styles: [], operations: [], model: undefined, missing: [], absent: [], region: undefined,
    records: [rec('lighthouse.CancelShareBlueprintAcrossAccounts', status, 'Error code not mapped'), rec('lighthouse.DescribeBlueprints', other, 'Request ID not mapped')] });
}

describe.skipIf(browserSkipReason !== undefined)('the release-against-release section of index.html', () => {
  it('names the comparison, shows regressions gating and improvements as information', async () => {
    const baseline = file('1.0.0', 'passed', 'failed');
    const candidate = file('1.0.1', 'failed', 'passed');
    writeGateOutputs({ ...candidate, releaseDiff: releaseDiff(baseline, candidate) }, dir, true);
    const b = await openBrowser();
    try {
      await b.page.goto(`file://${join(dir, 'index.html')}`);
      const section = b.page.locator('#sec-drift');
      expect(await section.locator('summary').innerText()).toMatch(/^Release against release: what got worse, what got better\s*2 change\(s\), 1 gating \(--fail-on regression\)/);
      expect(await section.getAttribute('class')).toContain('gating');
      const rows = await section.locator('tbody tr').allInnerTexts();
      expect(rows.map((r) => r.replace(/\s+/g, ' ').trim())).toEqual([
        'status-changed gating lighthouse.CancelShareBlueprintAcrossAccounts sdk_error_mapping [tc3-post-json] 1/1 passed 0/1 passed, 1 with this finding worse: Error code not mapped',
        'status-changed info lighthouse.DescribeBlueprints sdk_error_mapping [tc3-post-json] 0/1 passed, 1 with this finding 1/1 passed better: Request ID not mapped',
      ]);
      expect(b.errors).toEqual([]);
    } finally {
      await b.close();
    }
  });
});
