// No blind spots: with each kind of deviation from the docs injected into the mock through its fault
// interface, the conformance suites fail, and the failure names the check that caught it. (No false alarms:
// the unmodified mock passes every case; that is the conformance project itself under `npm test`.)

import { afterAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startMock, type MockHandle, type DeviationName } from '../../mock/index.ts';
import { childEnv, runCli, startCliMock } from '../../cli/testing/spawn-cli.ts';
import { SIGNING_RULES } from '../../core/signing-rules.ts';
import { defaultRunConfig } from './default-run-config.ts';
import { RUN_CONFIG_ENV } from './run-config.ts';
import { caseNamePattern } from './case-name-pattern.ts';

const root = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
const dir = mkdtempSync(join(tmpdir(), 'tcconform-deviation-'));
const mocks: MockHandle[] = [];
const stops: (() => Promise<void>)[] = [];
afterAll(async () => { await Promise.all([...mocks.map((m) => m.close()), ...stops.map((s) => s())]); });

interface Scenario {
  readonly deviation: DeviationName;
  readonly action?: string;
  readonly scope: { readonly actions?: string[]; readonly products?: string[]; readonly caseFilter?: string };
  readonly caughtBy: string;
}

const scenarios: readonly Scenario[] = [
  { deviation: 'undocumented-error-code', action: 'ShareBlueprintAcrossAccounts', scope: { actions: ['ShareBlueprintAcrossAccounts'] }, caughtBy: 'error_code_conformance' },
  { deviation: 'missing-request-id', scope: { products: ['cvm'], actions: ['DescribeImageSharePermission'] }, caughtBy: 'envelope_conformance' },
  { deviation: 'success-instead-of-error', action: 'cvm.ModifyImageSharePermission', scope: { products: ['cvm'], actions: ['ModifyImageSharePermission'] }, caughtBy: 'negative_data_rejection' },
  { deviation: 'error-instead-of-success', action: 'DescribeImages', scope: { actions: ['DescribeImages'] }, caughtBy: 'positive_data_acceptance' },
  { deviation: 'wrong-field-type', action: 'DescribeBlueprints', scope: { actions: ['DescribeBlueprints'] }, caughtBy: 'response_schema_conformance' },
  { deviation: 'limit-not-enforced', action: 'ShareBlueprintAcrossAccounts', scope: { actions: ['ShareBlueprintAcrossAccounts'] }, caughtBy: 'limit_conformance' },
  { deviation: 'signature-not-checked', scope: { caseFilter: '.auth.' }, caughtBy: 'auth_conformance' },
  { deviation: 'timestamp-not-checked', scope: { caseFilter: 'timestamp' }, caughtBy: 'auth_conformance' },
  { deviation: 'share-not-applied', action: 'ShareBlueprintAcrossAccounts', scope: { caseFilter: 'state.share-model', actions: ['ShareBlueprintAcrossAccounts'] }, caughtBy: 'state_conformance' },
  { deviation: 'cancel-not-applied', action: 'cvm.ModifyImageSharePermission', scope: { caseFilter: 'state.share-model', products: ['cvm'] }, caughtBy: 'state_conformance' },
  { deviation: 'cap-only-when-full', action: 'cvm.ModifyImageSharePermission', scope: { caseFilter: 'cap-in-one-request', products: ['cvm'] }, caughtBy: 'limit_conformance' },
  { deviation: 'total-count-off-by-one', action: 'DescribeImages', scope: { actions: ['DescribeImages'], caseFilter: '.positive.' }, caughtBy: 'observer_consistency' },
  { deviation: 'lookup-disagrees-with-listing', scope: { actions: ['DescribeBlueprints'], caseFilter: '.positive.' }, caughtBy: 'observer_consistency' },
  { deviation: 'cap-off-by-one', action: 'cvm.ModifyImageSharePermission', scope: { caseFilter: 'cap-reached-in-one-request', products: ['cvm'] }, caughtBy: 'limit_conformance' },
  { deviation: 'rate-limit-by-delay', action: 'cvm.ModifyImageSharePermission', scope: { caseFilter: 'rate.limit', products: ['cvm'] }, caughtBy: 'rate_limit_conformance' },
  { deviation: 'repeated-request-id', action: 'DescribeImages', scope: { actions: ['DescribeImages'] }, caughtBy: 'request_id_uniqueness' },
  { deviation: 'rate-limit-not-enforced', action: 'cvm.ModifyImageSharePermission', scope: { caseFilter: 'rate.limit', products: ['cvm'] }, caughtBy: 'rate_limit_conformance' },
  // Read-backs of the fixture resources before and after a case (suites/harness/case-safety.ts).
  { deviation: 'effect-on-unnamed-account', action: 'ShareBlueprintAcrossAccounts', scope: { caseFilter: 'positive.one-account', actions: ['ShareBlueprintAcrossAccounts'] }, caughtBy: 'effect_is_what_it_names' },
  { deviation: 'effect-on-other-resource', action: 'ShareBlueprintAcrossAccounts', scope: { caseFilter: 'positive.one-account', actions: ['ShareBlueprintAcrossAccounts'] }, caughtBy: 'effect_is_what_it_names' },
  { deviation: 'refused-but-applied', action: 'ShareBlueprintAcrossAccounts', scope: { caseFilter: 'rule.share.recipient-root', actions: ['ShareBlueprintAcrossAccounts'] }, caughtBy: 'refusal_changes_nothing' },
  { deviation: 'refused-but-applied', action: 'lighthouse.ModifyImageSharePermission', scope: { caseFilter: 'rule.lmodify.not-in-use', products: ['lighthouse'], actions: ['ModifyImageSharePermission'] }, caughtBy: 'refusal_changes_nothing' },
  { deviation: 'refused-but-applied', action: 'cvm.ModifyImageSharePermission', scope: { caseFilter: 'rule.cvm.recipient-root', products: ['cvm'], actions: ['ModifyImageSharePermission'] }, caughtBy: 'refusal_changes_nothing' },
];

// Two child runs at a time: the machine has two cores.
let slots = 2;
const waiting: (() => void)[] = [];
async function slot<T>(fn: () => Promise<T>): Promise<T> {
  if (slots === 0) await new Promise<void>((r) => waiting.push(r));
  slots -= 1;
  try {
    return await fn();
  } finally {
    slots += 1;
    waiting.shift()?.();
  }
}

function runSuites(env: Record<string, string>, out: string, pattern: string | undefined): Promise<number | null> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [join(root, 'node_modules/vitest/vitest.mjs'), 'run', '--project', 'conformance', '--reporter=json', `--outputFile=${out}`, ...(pattern ? ['-t', pattern] : [])],
      { cwd: root, env: childEnv(env), stdio: 'ignore' });
    const timer = setTimeout(() => child.kill('SIGKILL'), 120_000);
    child.on('close', (code) => { clearTimeout(timer); done(code); });
  });
}

describe.concurrent('each injected deviation is caught and named', () => {
  for (const s of scenarios) {
    it(`${s.deviation}${s.action ? ` on ${s.action}` : ''} → ${s.caughtBy}`, async () => {
      const main = await startMock({ rateLimits: false });
      const limited = await startMock({ rateLimits: true });
      mocks.push(main, limited);
      for (const m of [main, limited]) expect(m.admin.setFaults({ deviations: [{ name: s.deviation, ...(s.action ? { action: s.action } : {}) }] }).ok).toBe(true);
      const config = { ...defaultRunConfig(main.url, limited.url, main.fixtures()), runs: 10, products: s.scope.products ?? [], actions: s.scope.actions ?? [], caseFilter: s.scope.caseFilter ?? '' };
      const out = join(dir, `${s.deviation}-${s.action ?? 'any'}.json`);
      const code = await slot(() => runSuites({ [RUN_CONFIG_ENV]: JSON.stringify(config) }, out, caseNamePattern(config.products, config.actions, config.caseFilter)));
      const report = JSON.parse(readFileSync(out, 'utf8')) as { numFailedTests: number; testResults: { assertionResults: { status: string; failureMessages: string[] }[] }[] };
      const messages = report.testResults.flatMap((f) => f.assertionResults).filter((a) => a.status === 'failed').flatMap((a) => a.failureMessages).join('\n');
      expect(code).toBe(1);
      expect(report.numFailedTests).toBeGreaterThan(0);
      expect(messages).toContain(`${s.caughtBy}:`);
      expect(messages).not.toMatch(/errored \(target fault/);
    }, 400_000);
  }
});

// Every signing rule the mock can leave unenforced, run as against a live endpoint: the standalone `tcconform mock`,
// the deviation injected over its admin interface, `tcconform run --endpoint … --fixtures …` on the rule's case (all
// eight actions). Each run exits 1, names auth_conformance and the rule, and errors nothing.
const signingScenarios: readonly { deviation: string; caseFilter: string; rule: string }[] = [
  ...SIGNING_RULES.filter((r) => r !== 'timestamp.future').map((r) => ({ deviation: `${r}-not-enforced`, caseFilter: `auth.${r}`, rule: `auth.${r}` })),
  { deviation: 'timestamp.future-not-enforced', caseFilter: 'timestamp-window', rule: 'auth.expired-timestamp' },
  { deviation: 'token-not-checked', caseFilter: 'auth.tc3.token', rule: 'auth.bad-token' },
];

describe.concurrent('each signing deviation of a standalone mock fails a run against it as an endpoint, naming the rule', () => {
  const endpoints = Promise.all([0, 1].map(async (i) => {
    const fixtures = join(dir, `signing-${i}.json`);
    const mock = await startCliMock(['--fixtures-out', fixtures]);
    stops.push(mock.stop);
    return { url: mock.url, fixtures };
  }));
  const free: number[] = [0, 1];
  const queue: (() => void)[] = [];
  const take = async (): Promise<number> => {
    while (free.length === 0) await new Promise<void>((r) => queue.push(r));
    return free.shift() as number;
  };
  for (const s of signingScenarios) {
    it(`${s.deviation} → ${s.rule}`, async () => {
      const i = await take();
      try {
        const { url, fixtures } = (await endpoints)[i] as { url: string; fixtures: string };
        const put = await fetch(`${url}/_admin/faults`, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ deviations: [{ name: s.deviation }] }) });
        expect(put.status).toBe(200);
        const run = await runCli(['run', '--endpoint', url, '--fixtures', fixtures, '--case', s.caseFilter, '--no-progress', '--out', join(dir, `out-${s.deviation}`), '--ledger', join(dir, `${s.deviation}.jsonl`)]);
        await fetch(`${url}/_admin/faults`, { method: 'DELETE' });
        expect(run.code, run.stderr).toBe(1);
        expect(run.stdout).toContain('FINDING [');
        expect(run.stdout).toContain(' auth_conformance ');
        expect(run.stdout).toContain(`(${s.rule})`);
        expect(run.stdout).toMatch(/ 0 errored/);
      } finally {
        free.push(i);
        queue.shift()?.();
      }
    }, 400_000);
  }
});
