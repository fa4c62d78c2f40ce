// A report of 100,000 cases: index.html stays under 20 MB and Chromium renders it without freezing (case rows
// and findings are paged; filtering compares integers). The measured numbers are printed for the record.
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compactModel } from './compact-model.ts';
import { applyDrift } from './apply-drift.ts';
import { writeReport } from './write-report.ts';
import type { ResultsModel } from './results-model.ts';
import { bigRunStatus, syntheticModel } from './testing/synthetic-model.ts';
import { browserSkipReason, openBrowser, type OpenedBrowser } from './testing/browser.ts';

const CASES = 100_000;
const MB = 1024 * 1024;

function bigModel(): ResultsModel {
  const current = syntheticModel(Array.from({ length: CASES }, (_, i) => bigRunStatus(i)));
  // The baseline saw another code on every 1,000th case (all passed): 100 drift entries among 100,000 cases.
  const baseline = { ...current, cases: current.cases.map((c, i) => (i % 1000 === 10 ? { ...c, observed: [{ outcome: 'error' as const, code: 'ResourceNotFound.Before', count: 1 }] } : c)) };
  return applyDrift(compactModel(current), { model: baseline, source: 'baseline.json' });
}

describe(`a report of ${CASES} cases`, () => {
  const dir = mkdtempSync(join(tmpdir(), 'tcconform-scale-'));
  let model: ResultsModel;
  let files: ReturnType<typeof writeReport>;
  let writeMs = 0;

  beforeAll(() => {
    model = bigModel();
    const t = performance.now();
    files = writeReport(dir, model);
    writeMs = performance.now() - t;
  }, 120_000);
  // About 100 MB of report files: not worth keeping in the temp folder.
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps index.html under 20 MB', () => {
    const size = (f: string) => statSync(f).size;
    console.log(`${CASES} cases: index.html ${(size(files.html) / MB).toFixed(1)} MB, results.json ${(size(files.json) / MB).toFixed(1)} MB, junit.xml ${(size(files.junit) / MB).toFixed(1)} MB, rendered and written in ${Math.round(writeMs)} ms`);
    expect(model.cases).toHaveLength(CASES);
    expect(model.drift?.filter((d) => d.kind === 'code-changed')).toHaveLength(100);
    expect(size(files.html)).toBeLessThan(20 * MB);
  });

  describe.skipIf(browserSkipReason !== undefined)(`in Chromium${browserSkipReason ? ` (skipped: ${browserSkipReason})` : ''}`, () => {
    let b: OpenedBrowser;
    let loadMs = 0;
    beforeAll(async () => {
      b = await openBrowser();
      const t = performance.now();
      await b.page.goto(pathToFileURL(files.html).href, { timeout: 90_000 });
      await b.page.waitForSelector('body[data-ready="true"]', { timeout: 90_000 });
      loadMs = performance.now() - t;
    }, 120_000);
    afterAll(async () => { await b?.close(); });

    it('renders the first page quickly and keeps the DOM small', async () => {
      const renderMs = Number(await b.page.locator('body').getAttribute('data-render-ms'));
      const rows = await b.page.locator('#cases-rows tr.case').count();
      const nodes = Number(await b.page.evaluate('document.getElementsByTagName("*").length'));
      console.log(`Chromium: data-ready after ${renderMs} ms (page clock), ${Math.round(loadMs)} ms wall from navigation; ${rows} case rows and ${nodes} DOM elements`);
      expect(rows).toBe(200);
      expect(await b.page.locator('#cases-body .pager-info').getAttribute('data-total')).toBe(String(CASES));
      expect(renderMs).toBeLessThan(10_000);
      expect(nodes).toBeLessThan(20_000);
      expect(b.errors).toEqual([]);
    });

    it('filters 100,000 rows without freezing', async () => {
      const ms = Number(await b.page.evaluate(`(function () {
        var s = document.getElementById('f-status'), o = Array.prototype.find.call(s.options, function (x) { return x.text === 'failed'; });
        var t = performance.now(); s.value = o.value; s.dispatchEvent(new Event('change')); return performance.now() - t;
      })()`));
      const failed = model.totals.failed;
      console.log(`Chromium: status filter over ${CASES} cases took ${Math.round(ms)} ms (${failed} failed)`);
      expect(await b.page.locator('#cases-body .pager-info').getAttribute('data-total')).toBe(String(failed));
      expect(await b.page.locator('#cases-rows tr.case').count()).toBe(Math.min(200, failed));
      expect(ms).toBeLessThan(2_000);
    });
  });
});
