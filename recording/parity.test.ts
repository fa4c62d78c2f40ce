// Parity: a recording of the faithful mock is 100% alike on every action; editing one recorded answer shows exactly
// one difference; a recording made against a mock with one deviation injected (each kind) shows differences of the
// kind that deviation makes, on the actions it touches, and nothing else.

import { cpSync, rmSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEVIATION_NAMES, type DeviationName } from '../mock/index.ts';
import { runCli } from '../cli/testing/spawn-cli.ts';
import { readRecording, type Recording } from './read-recording.ts';
import { runParity } from './parity/run-parity.ts';
import type { DifferenceKind } from './parity/compare-answers.ts';
import type { ParityModel } from './parity/parity-model.ts';
import { answeredBy, narrowed } from './testing/answered-by.ts';

const dir = mkdtempSync(join(tmpdir(), 'tcconform-parity-'));
const recordingDir = join(dir, 'recording');
let recording: Recording;

beforeAll(async () => {
  const r = await runCli(['run', '--runs', '1', '--no-progress', '--out', join(dir, 'report'), '--record', recordingDir]);
  expect(r.code).toBe(0);
  withoutSigningCases(recordingDir);
  const read = readRecording(recordingDir);
  if (!read.ok) throw new Error(read.error);
  recording = read.value;
}, 600_000); // a whole embedded run: minutes when the machine is shared

/** Parity re-signs every recorded call (a recording never keeps a signature) and reproduces only a flipped signature,
 * not the other parts a signing case breaks on purpose (algorithm, scope, signed headers, v1 string to sign): the auth
 * cases are left out of these recordings until the recording names the signing variant (a gap of #14 and #18). */
function withoutSigningCases(recordingDir: string): void {
  const regionDir = join(recordingDir, 'cases', 'ap-guangzhou');
  let removed = 0;
  for (const file of readdirSync(regionDir)) {
    const first = readFileSync(join(regionDir, file), 'utf8').split('\n')[0] ?? '';
    if (first === '' || !(JSON.parse(first) as { case: string }).case.includes('.auth.')) continue;
    removed += readFileSync(join(regionDir, file), 'utf8').split('\n').filter((l) => l !== '').length;
    rmSync(join(regionDir, file));
  }
  const metaFile = join(recordingDir, 'recording.json');
  const meta = JSON.parse(readFileSync(metaFile, 'utf8')) as { calls?: number };
  if (meta.calls !== undefined) writeFileSync(metaFile, JSON.stringify({ ...meta, calls: meta.calls - removed }, null, 2));
}

/** Rewrites the first recorded line `pick` accepts with `edit`; returns the edited copy's directory, case and call. */
function editOne(name: string, pick: (body: Record<string, unknown>) => boolean, edit: (body: Record<string, unknown>) => void): { dir: string; case: string; n: number } {
  const copy = join(dir, name);
  cpSync(recordingDir, copy, { recursive: true });
  const regionDir = join(copy, 'cases', 'ap-guangzhou');
  for (const file of readdirSync(regionDir).sort()) {
    const lines = readFileSync(join(regionDir, file), 'utf8').split('\n');
    for (const [i, line] of lines.entries()) {
      if (line === '') continue;
      const call = JSON.parse(line) as { case: string; n: number; call: { rateLimited?: boolean }; response?: { body: string } };
      if (call.response === undefined || call.call.rateLimited) continue;
      const body = (JSON.parse(call.response.body) as { Response: Record<string, unknown> }).Response;
      if (!pick(body)) continue;
      edit(body);
      call.response.body = JSON.stringify({ Response: body });
      lines[i] = JSON.stringify(call);
      writeFileSync(join(regionDir, file), lines.join('\n'));
      return { dir: copy, case: call.case, n: call.n };
    }
  }
  throw new Error('no recorded answer to edit');
}

async function parityOf(dirOrRecording: string | Recording): Promise<ParityModel> {
  const r = typeof dirOrRecording === 'string' ? readRecording(dirOrRecording) : { ok: true as const, value: dirOrRecording };
  if (!r.ok) throw new Error(r.error);
  return runParity(r.value, [], 'none');
}

describe('parity', () => {
  it('a recording of the faithful mock is 100% alike on every action (tcconform parity --fail-under 100)', async () => {
    const out = join(dir, 'parity');
    const r = await runCli(['parity', '--recording', recordingDir, '--out', out, '--fail-under', '100']);
    expect(r.stdout).toMatch(/PARITY 100%: (\d+) of \1 exchanges matching, 0 accepted, 0 differing/);
    expect(r.code).toBe(0);
    const model = JSON.parse(readFileSync(join(out, 'parity.json'), 'utf8')) as ParityModel;
    expect(model.actions.map((a) => a.operation)).toHaveLength(8);
    for (const a of model.actions) expect({ op: a.operation, pct: a.parityPct, some: a.exchanges > 0 }).toEqual({ op: a.operation, pct: 100, some: true });
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toContain('100%');
  }, 120_000);

  it('editing one recorded error code shows exactly one error-code difference, and --fail-under 100 fails', async () => {
    const edited = editOne('edited-code', (b) => typeof b['Error'] === 'object', (b) => { (b['Error'] as Record<string, unknown>)['Code'] = 'InvalidParameter.EditedByHand'; });
    const model = await parityOf(edited.dir);
    expect(model.differences).toEqual([expect.objectContaining({ kind: 'error code', case: edited.case, n: edited.n, recorded: 'InvalidParameter.EditedByHand' })]);
    const r = await runCli(['parity', '--recording', edited.dir, '--out', join(dir, 'parity-edited'), '--fail-under', '100']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^DIFFERENCE \[error code\] /m);
  }, 120_000);

  it('editing one read-back answer shows exactly one state-read-back difference', async () => {
    const edited = editOne('edited-state', (b) => typeof b['TotalCount'] === 'number' && Array.isArray(b['BlueprintShareAcrossAccountInfoSet']), (b) => { b['TotalCount'] = Number(b['TotalCount']) + 7; });
    const model = await parityOf(edited.dir);
    expect(model.differences).toEqual([expect.objectContaining({ kind: 'state read back', case: edited.case, n: edited.n, path: 'Response.TotalCount' })]);
  }, 60_000);

  // Per deviation: the action it is injected on, the cases that exercise it, and the kinds of difference it may make.
  type Scenario = { action?: string; cases: RegExp; kinds: readonly DifferenceKind[]; ops: RegExp };
  const scenarios: Partial<Record<DeviationName, Scenario>> = {
    'undocumented-error-code': { action: 'ShareBlueprintAcrossAccounts', cases: /^lighthouse\.ShareBlueprintAcrossAccounts\.(negative|rule)/, kinds: ['error code'], ops: /ShareBlueprintAcrossAccounts$/ },
    'missing-request-id': { action: 'DescribeImageSharePermission', cases: /^cvm\.DescribeImageSharePermission\./, kinds: ['response shape'], ops: /DescribeImageSharePermission$/ },
    'success-instead-of-error': { action: 'cvm.ModifyImageSharePermission', cases: /^cvm\.ModifyImageSharePermission\.rule/, kinds: ['outcome'], ops: /^cvm\.ModifyImageSharePermission$/ },
    'error-instead-of-success': { action: 'DescribeImages', cases: /^cvm\.DescribeImages\./, kinds: ['outcome'], ops: /DescribeImages$/ },
    'wrong-field-type': { action: 'DescribeBlueprints', cases: /^lighthouse\.DescribeBlueprints\./, kinds: ['response shape'], ops: /DescribeBlueprints$/ },
    'limit-not-enforced': { action: 'ShareBlueprintAcrossAccounts', cases: /^lighthouse\.ShareBlueprintAcrossAccounts\.limit/, kinds: ['outcome', 'state read back'], ops: /ShareBlueprintAcrossAccounts|DescribeBlueprints/ },
    'share-not-applied': { action: 'ShareBlueprintAcrossAccounts', cases: /^lighthouse\.ShareBlueprintAcrossAccounts\.(state|positive)/, kinds: ['state read back', 'outcome', 'error code'], ops: /^lighthouse\.(ShareBlueprintAcrossAccounts|CancelShareBlueprintAcrossAccounts|DescribeBlueprintsShareAcrossAccountInfos)$/ },
    'cancel-not-applied': { action: 'cvm.ModifyImageSharePermission', cases: /^cvm\.ModifyImageSharePermission\.(?!rate)/, kinds: ['state read back', 'outcome', 'error code'], ops: /^cvm\.(ModifyImageSharePermission|DescribeImageSharePermission)$/ },
    'rate-limit-not-enforced': { action: 'cvm.ModifyImageSharePermission', cases: /^cvm\.ModifyImageSharePermission\.rate/, kinds: ['error code'], ops: /^cvm\.ModifyImageSharePermission$/ },
    'repeated-request-id': { action: 'DescribeImages', cases: /^cvm\.DescribeImages\./, kinds: ['field value'], ops: /DescribeImages$/ },
    'rate-limit-by-delay': { action: 'cvm.ModifyImageSharePermission', cases: /^cvm\.ModifyImageSharePermission\.rate/, kinds: ['error code'], ops: /^cvm\.ModifyImageSharePermission$/ },
  };

  // Deviations whose parity classification no test pins yet, with the reason; their detection by the suite is pinned
  // by suites/harness/deviations.test.ts and cli/live-safety.test.ts.
  const NOT_PINNED = 'added this round (live safety, blind spots); replayed parity of these kinds is not yet classified by a test';
  const SIGNING = 'a signing deviation shows only on auth cases, which parity cannot replay yet (withoutSigningCases)';
  const signing = DEVIATION_NAMES.filter((n) => /^(tc3|v1|timestamp)\./.test(n) || ['signature-not-checked', 'timestamp-not-checked', 'token-not-checked'].includes(n));
  const notPinned: Partial<Record<DeviationName, string>> = Object.fromEntries([...signing.map((n) => [n, SIGNING]), ...['cap-only-when-full', 'cap-off-by-one', 'total-count-off-by-one',
    'lookup-disagrees-with-listing', 'enum-case-ignored', 'self-share-accepted', 'non-root-recipient-accepted', 'already-shared-accepted',
    'quota-and-occupancy-ignored', 'over-limit-shares-first-ten', 'effect-on-unnamed-account', 'effect-on-other-resource', 'refused-but-applied'].map((n) => [n, NOT_PINNED])]);

  it('has a scenario for every deviation kind the mock offers, or says why not', () => {
    expect([...Object.keys(scenarios), ...Object.keys(notPinned)].sort()).toEqual([...DEVIATION_NAMES].sort());
  });

  for (const name of DEVIATION_NAMES) {
    const s = scenarios[name];
    if (s === undefined) continue;
    it(`a recording of a mock with ${name} shows ${s.kinds.join(' / ')} differences on the deviating action only`, async () => {
      const scope = narrowed(recording, (id) => s.cases.test(id));
      const faithful = await parityOf(scope);
      expect(faithful.differences).toEqual([]);
      const deviating = await answeredBy(scope, { deviations: [{ name, ...(s.action ? { action: s.action } : {}) }] });
      const model = await parityOf(deviating);
      expect(model.differences.length).toBeGreaterThan(0);
      expect([...new Set(model.differences.map((d) => d.kind))].filter((k) => !s.kinds.includes(k))).toEqual([]);
      expect([...new Set(model.differences.map((d) => d.operation))].filter((o) => !s.ops.test(o))).toEqual([]);
    }, 60_000);
  }
});
