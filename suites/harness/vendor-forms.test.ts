// No false alarm on what the vendor's own artifacts show: a target answering, on either site, with nulls where either
// site's definitions allow them and with a response field no definition knows is judged conforming, and the run
// lists the doc conflicts it met and the unknown fields as drift. (Each injected deviation is still caught:
// deviations.test.ts.)

import { afterAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startMock, type MockHandle } from '../../mock/index.ts';
import { childEnv } from '../../cli/testing/spawn-cli.ts';
import type { CaseRecord } from '../../checks/case-record.ts';
import { toResultsModel } from '../../reports/to-results-model.ts';
import { specContext } from '../../reports/spec-context.ts';
import type { CaseResult } from '../../reports/results-model.ts';
import { defaultRunConfig } from './default-run-config.ts';
import { RUN_CONFIG_ENV } from './run-config.ts';

const root = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
const dir = mkdtempSync(join(tmpdir(), 'tcconform-vendor-forms-'));
const mocks: MockHandle[] = [];
afterAll(async () => { await Promise.all(mocks.map((m) => m.close())); });

const EXTRA = 'VendorAddedField';

interface JsonReport {
  readonly numFailedTests: number;
  readonly testResults: { readonly assertionResults: { readonly status: string; readonly meta?: { readonly tcconform?: CaseRecord } }[] }[];
}

function runSuites(env: Record<string, string>, out: string): Promise<number | null> {
  return new Promise((done) => {
    // Rate-limit cases judge timing, not answer forms (and are the ones a loaded machine can upset): left out.
    const child = spawn(process.execPath, [join(root, 'node_modules/vitest/vitest.mjs'), 'run', '--project', 'conformance', '--reporter=json', `--outputFile=${out}`, '-t', '^(?!rate_limit_conformance)'],
      { cwd: root, env: childEnv(env), stdio: 'ignore' });
    const timer = setTimeout(() => child.kill('SIGKILL'), 240_000);
    child.on('close', (code) => { clearTimeout(timer); done(code); });
  });
}

async function judgeSite(site: 'china' | 'intl') {
  const forms = { nulls: true, extraField: EXTRA };
  const main = await startMock({ rateLimits: false, site, answerForms: forms });
  const limited = await startMock({ rateLimits: true, site, answerForms: forms });
  mocks.push(main, limited);
  const config = { ...defaultRunConfig(main.url, limited.url, main.fixtures()), runs: 5 };
  const out = join(dir, `${site}.json`);
  const code = await runSuites({ [RUN_CONFIG_ENV]: JSON.stringify(config) }, out);
  const report = JSON.parse(readFileSync(out, 'utf8')) as JsonReport;
  const cases = report.testResults.flatMap((f) => f.assertionResults).flatMap((a) => (a.meta?.tcconform ? [{ ...a.meta.tcconform, status: a.status === 'failed' ? 'failed' : a.status === 'passed' ? 'passed' : 'skipped', durationMs: 0, target: site } as CaseResult] : []));
  return { code, report, model: toResultsModel([], cases, specContext()) };
}

describe('vendor forms are accepted on both sites, and listed', () => {
  it('China: nulls only the intl definitions allow are doc conflicts; the extra field is drift; the run conforms', async () => {
    const { code, report, model } = await judgeSite('china');
    expect(report.numFailedTests).toBe(0);
    expect(code).toBe(0);
    const met = (model.docConflictsMet ?? []).map((c) => c.id);
    expect(met).toContain('blueprint-null-on-intl-only');
    expect(met).toContain('image-null-on-intl-only');
    const fields = (model.unknownFields ?? []).map((f) => `${f.operation} ${f.path}`);
    expect(fields).toContain(`lighthouse.DescribeBlueprints Response.${EXTRA}`);
    expect(fields).toContain(`lighthouse.DescribeBlueprints Response.BlueprintSet[].${EXTRA}`);
    expect(fields).toContain(`cvm.DescribeImages Response.ImageSet[].${EXTRA}`);
  }, 300_000);

  it('intl: the same nulls are documented there (no conflict met); the extra field is drift; the run conforms', async () => {
    const { code, report, model } = await judgeSite('intl');
    expect(report.numFailedTests).toBe(0);
    expect(code).toBe(0);
    expect((model.docConflictsMet ?? []).map((c) => c.id).filter((id) => id.includes('null'))).toEqual([]);
    expect((model.unknownFields ?? []).map((f) => f.path)).toContain(`Response.ImageSet[].${EXTRA}`);
  }, 300_000);
});
