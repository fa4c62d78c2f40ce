// The report in a real browser: sections render, filters count rows, sections collapse, nothing logs an error,
// and hostile target text shows as text without ever running.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderHtml } from './render-html.ts';
import { applyDrift } from './apply-drift.ts';
import { compactModel } from './compact-model.ts';
import { defaultDiffOptions } from './diff-results.ts';
import type { CaseResult, ResultsModel } from './results-model.ts';
import { HOSTILE } from './testing/synthetic-model.ts';
import { NEW_CODE, driftScenario } from './testing/drift-scenario.ts';
import { browserSkipReason, openBrowser, type OpenedBrowser } from './testing/browser.ts';

const LABEL = `live API (ap-guangzhou) ${HOSTILE.img}`;
const rows = '#cases-rows tr.case';

describe.skipIf(browserSkipReason !== undefined)(`index.html in Chromium${browserSkipReason ? ` (skipped: ${browserSkipReason})` : ''}`, () => {
  const { baseline, current } = driftScenario(48, true, LABEL);
  const model: ResultsModel = applyDrift(compactModel(current), { model: baseline, source: 'nightly/baseline/results.json' }, { ...defaultDiffOptions, failOnDrift: true });
  const dir = mkdtempSync(join(tmpdir(), 'tcconform-page-'));
  const file = join(dir, 'index.html');
  let b: OpenedBrowser;
  const count = (sel: string) => b.page.locator(sel).count();
  const expected = (keep: (c: CaseResult) => boolean) => model.cases.filter(keep).length;

  beforeAll(async () => {
    writeFileSync(file, renderHtml(model));
    b = await openBrowser();
    await b.page.goto(pathToFileURL(file).href);
    await b.page.waitForSelector('body[data-ready="true"]', { timeout: 15_000 });
  }, 60_000);
  afterAll(async () => { await b?.close(); });

  it('renders the verdict, summary, both matrices, latency chart, doc defects and metadata', async () => {
    await expect(b.page.locator('.verdict').textContent()).resolves.toMatch(/^Does not conform: 8 failing case/);
    expect(await count('#summary-body tr.sub')).toBe(new Set(model.cases.map((c) => c.product)).size);
    expect(await count('#summary-body tr.act')).toBe(new Set(model.cases.map((c) => c.operation)).size);
    expect(await count('#matrix-body tbody tr')).toBe(new Set(model.cases.map((c) => c.operation)).size);
    expect(await count('#coverage-body tbody tr:not(.sub)')).toBe(model.coverage.length);
    expect(await count('#coverage-body tbody tr.sub')).toBe(new Set(model.coverage.map((r) => r.operation)).size);
    await expect(b.page.locator('#coverage-body tr.drift').first().textContent()).resolves.toContain(NEW_CODE);
    expect(await count('#latency-body svg rect.p95')).toBe(model.latency.length);
    expect(await count('#latency-body svg line.base')).toBe(model.latency.length);
    expect(await count('#defects-body tbody tr')).toBe(model.docDefects.length);
    expect(model.notJudged?.length ?? 0).toBeGreaterThan(5);
    expect(await count('#notjudged-body tbody tr')).toBe(model.notJudged?.length);
    await expect(b.page.locator('#notjudged-body').textContent()).resolves.toContain('cvm.max-500 at exactly 500');
    const meta = await b.page.locator('#meta-body').textContent();
    for (const text of ['fixtures/live.yaml', '4.1.313', 'lighthouse 2020-03-24', '2026-03-24T02:00:00.000Z', '61.5 s', 'nightly/baseline/results.json']) expect(meta).toContain(text);
  });

  it('shows every finding with severity, doc statement, minimal request as JSON and command lines, seed, replay path, exchange', async () => {
    const findings = model.cases.flatMap((c) => c.findings);
    expect(await count('#findings-body .finding')).toBe(Math.min(25, findings.length));
    const first = await b.page.locator('#findings-body .finding').first().innerText();
    const rule = model.cases.find((c) => c.findings.length > 0)?.findings[0]?.rule ?? '';
    expect(first).toContain(`“${model.docStatements?.[rule]}” (rule ${rule})`);
    for (const text of ['[CRITICAL]', 'doc statement', 'Minimal (shrunk) request as JSON', '"AccountIds"', 'npx tcconform run --case', '--target live --fixtures fixtures/live.yaml',
      'tccli lighthouse', 'curl -X POST', 'authorization: TC3-HMAC-SHA256 Credential=AKID…MPLE/***', 'seed', '20260324', 'replay path', 'HTTP 200']) expect(first).toContain(text);
  });

  it('highlights drift in its own section', async () => {
    expect(await b.page.locator('#sec-drift').getAttribute('class')).toContain('gating');
    expect(await count('#drift-body tr.drift')).toBe(model.drift?.length);
    for (const kind of ['code-changed', 'shape-changed', 'new-undocumented-code', 'status-changed', 'new-case']) expect(await count(`#drift-body tr[data-kind="${kind}"]`)).toBeGreaterThan(0);
    await expect(b.page.locator('#drift-body').textContent()).resolves.toContain('Response.TotalCount: number → string');
  });

  it('filters by status, product, action and check (and resets)', async () => {
    const p = b.page;
    expect(await count(rows)).toBe(model.cases.length);
    await p.selectOption('#f-status', { label: 'failed' });
    expect(await count(rows)).toBe(expected((c) => c.status === 'failed'));
    expect(await count('#findings-body .finding')).toBe(expected((c) => c.status === 'failed'));
    await p.selectOption('#f-product', { label: 'cvm' });
    expect(await count(rows)).toBe(expected((c) => c.status === 'failed' && c.product === 'cvm'));
    await p.click('#f-reset');
    await p.selectOption('#f-action', { label: 'DescribeImages' });
    expect(await count(rows)).toBe(expected((c) => c.action === 'DescribeImages'));
    expect(await count('#drift-body tr.drift')).toBe(model.drift?.filter((d) => d.operation.endsWith('.DescribeImages')).length);
    await p.click('#f-reset');
    await p.selectOption('#f-check', { label: 'negative_data_rejection' });
    expect(await count(rows)).toBe(expected((c) => c.check === 'negative_data_rejection'));
    await p.click('#f-reset');
    expect(await count(rows)).toBe(model.cases.length);
  });

  it('collapses sections and expands a case row into its evidence', async () => {
    await b.page.click('#sec-summary > summary');
    expect(await b.page.locator('#sec-summary').evaluate((d) => (d as unknown as { open: boolean }).open)).toBe(false);
    await b.page.click('#sec-summary > summary');
    await b.page.locator(`${rows}.has-detail`).first().click();
    await expect(b.page.locator('#cases-rows tr.detail').innerText()).resolves.toContain('Reproduce:');
  });

  it('shows hostile target text as text and never runs it', async () => {
    const p = b.page;
    expect(await p.evaluate('typeof window.__pwned')).toBe('undefined');
    expect(await p.title()).toBe(`tcconform report: ${LABEL}`);
    expect(await count('img, iframe, object, embed, a[href], script[src]')).toBe(0);
    expect(await p.evaluate('document.scripts.length')).toBe(2);
    const text = await p.locator('body').innerText();
    for (const payload of Object.values(HOSTILE)) expect(text).toContain(payload);
    expect(b.errors).toEqual([]);
  });

  it('looks right (screenshot for a human)', async () => {
    await b.page.setViewportSize({ width: 1400, height: 900 });
    const png = join(dir, 'report.png');
    await b.page.screenshot({ path: png, fullPage: true });
    console.log(`report screenshot: ${png}`);
    expect(b.errors).toEqual([]);
  });
});
