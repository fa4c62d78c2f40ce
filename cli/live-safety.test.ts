// Live safety when the target misbehaves, end to end with the real command: the standalone mock is given, through
// its admin interface, one deviation that accepts (or acts on) what the docs say must be refused; the suite runs
// against it as against a live endpoint with mutations allowed. Every time: exit 1, the finding names the right
// check, the summary says nothing was left changed, and the world read back through the admin interface after the
// run equals the world before.

import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli, startCliMock } from './testing/spawn-cli.ts';
import type { DeviationName } from '../mock/faults/fault-plan.ts';

const dir = mkdtempSync(join(tmpdir(), 'tcconform-live-safety-'));
const stops: (() => Promise<void>)[] = [];
afterAll(async () => { await Promise.all(stops.map((s) => s())); });

interface Scenario {
  readonly deviation: DeviationName;
  /** --product, --action and --case of the run. */
  readonly scope: readonly [string, string, string];
  readonly caughtBy: string;
}

const scenarios: readonly Scenario[] = [
  { deviation: 'enum-case-ignored', scope: ['lighthouse', 'ModifyImageSharePermission', 'negative.Permission.not-in-enum'], caughtBy: 'negative_data_rejection' },
  { deviation: 'limit-not-enforced', scope: ['lighthouse', 'ShareBlueprintAcrossAccounts', 'limit.over-max'], caughtBy: 'limit_conformance' },
  { deviation: 'self-share-accepted', scope: ['cvm', 'ModifyImageSharePermission', 'rule.cvm.not-self'], caughtBy: 'negative_data_rejection' },
  { deviation: 'non-root-recipient-accepted', scope: ['lighthouse', 'ShareBlueprintAcrossAccounts', 'rule.share.recipient-root'], caughtBy: 'negative_data_rejection' },
  { deviation: 'already-shared-accepted', scope: ['cvm', 'ModifyImageSharePermission', 'rule.cvm.not-already-shared'], caughtBy: 'negative_data_rejection' },
  { deviation: 'quota-and-occupancy-ignored', scope: ['lighthouse', 'ShareBlueprintAcrossAccounts', 'rule.share.'], caughtBy: 'negative_data_rejection' },
  { deviation: 'over-limit-shares-first-ten', scope: ['lighthouse', 'ShareBlueprintAcrossAccounts', 'limit.over-max'], caughtBy: 'refusal_changes_nothing' },
  { deviation: 'refused-but-applied', scope: ['lighthouse', 'ShareBlueprintAcrossAccounts', 'rule.share.recipient-root'], caughtBy: 'refusal_changes_nothing' },
  // The refusal lands on a resource only a situation of the fixtures names (an image in use), not on a fixture resource.
  { deviation: 'refused-but-applied', scope: ['lighthouse', 'ModifyImageSharePermission', 'rule.lmodify.not-in-use'], caughtBy: 'refusal_changes_nothing' },
  { deviation: 'effect-on-unnamed-account', scope: ['lighthouse', 'ShareBlueprintAcrossAccounts', 'positive.one-account'], caughtBy: 'effect_is_what_it_names' },
  { deviation: 'effect-on-other-resource', scope: ['lighthouse', 'ShareBlueprintAcrossAccounts', 'positive.one-account'], caughtBy: 'effect_is_what_it_names' },
];

async function admin(url: string, method: string, path: string, body?: unknown): Promise<string> {
  const res = await fetch(`${url}/_admin/${path}`, { method, ...(body === undefined ? {} : { body: JSON.stringify(body), headers: { 'content-type': 'application/json' } }) });
  const text = await res.text();
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${text}`);
  return text;
}

describe('live safety against a target that accepts what it must refuse', () => {
  it('each deviation: exit 1 with the right finding, nothing left changed, the world after equals the world before', async () => {
    const fixturesPath = join(dir, 'f.json');
    const mock = await startCliMock(['--fixtures-out', fixturesPath, '--no-rate-limits']);
    stops.push(mock.stop);
    JSON.parse(readFileSync(fixturesPath, 'utf8'));
    const seen: string[] = [];
    for (const s of scenarios) {
      await admin(mock.url, 'POST', 'reset');
      await admin(mock.url, 'PUT', 'faults', { deviations: [{ name: s.deviation }] });
      const before = await admin(mock.url, 'GET', 'world');
      const [product, action, filter] = s.scope;
      const run = await runCli(['run', '--endpoint', mock.url, '--fixtures', fixturesPath, '--allow-mutations', '--product', product, '--action', action,
        '--case', filter, '--runs', '10', '--no-progress', '--out', join(dir, `${s.deviation}-${action}`), '--ledger', join(dir, `${s.deviation}-${action}.jsonl`)]);
      const after = await admin(mock.url, 'GET', 'world');
      const context = `${s.deviation}: ${run.stdout.slice(-1500)}${run.stderr.slice(-400)}`;
      expect(run.code, context).toBe(1);
      expect(run.stdout, context).toContain(`] ${s.caughtBy} `);
      expect(run.stdout, context).toMatch(/changed by this run and undone: \d+; left changed: 0\n/);
      expect(JSON.parse(after), context).toEqual(JSON.parse(before));
      seen.push(`${s.deviation}: exit ${run.code}, ${/changed by this run and undone: \d+; left changed: \d+/.exec(run.stdout)?.[0] ?? ''}, world unchanged`);
    }
    console.info(`[live-safety]\n${seen.join('\n')}`);
  }, 900_000);
});
