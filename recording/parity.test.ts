// Parity: a recording of the faithful mock, auth cases included, is 100% alike on every action; editing one recorded
// answer shows exactly one difference; a recording made against a mock with one deviation injected (each kind) shows
// differences of the kind that deviation makes, on the actions and cases it touches, and nothing else. A signing
// deviation shows on its rule's auth case only: the recording names the signing variant each auth call used, and
// parity signs again with the mock's key under the same variant.

import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEVIATION_NAMES } from '../mock/index.ts';
import { runCli } from '../cli/testing/spawn-cli.ts';
import { readRecording, type Recording } from './read-recording.ts';
import { runParity } from './parity/run-parity.ts';
import type { RecordedCall } from './recording-format.ts';
import type { ParityModel } from './parity/parity-model.ts';
import { answeredBy, narrowed } from './testing/answered-by.ts';
import { answerScenarios, signingScenarios, type Scenario } from './testing/parity-scenarios.ts';

const dir = mkdtempSync(join(tmpdir(), 'tcconform-parity-'));
const recordingDir = join(dir, 'recording');
let recording: Recording;

beforeAll(async () => {
  const r = await runCli(['run', '--runs', '1', '--no-progress', '--out', join(dir, 'report'), '--record', recordingDir]);
  expect(r.code).toBe(0);
  const read = readRecording(recordingDir);
  if (!read.ok) throw new Error(read.error);
  recording = read.value;
}, 600_000); // a whole embedded run: minutes when the machine is shared

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

  it('has a scenario for every deviation kind the mock offers', () => {
    expect([...Object.keys(answerScenarios), ...Object.keys(signingScenarios)].sort()).toEqual([...DEVIATION_NAMES].sort());
  });

  for (const name of DEVIATION_NAMES) {
    const s = answerScenarios[name];
    if (s === undefined) continue;
    it(`a recording of a mock with ${name} shows ${s.kinds.join(' / ')} differences on the deviating action only`, async () => {
      const scope = sending(narrowed(recording, (id) => s.cases.test(id)), s.sends);
      const faithful = await parityOf(scope);
      expect(faithful.differences).toEqual([]);
      const deviating = await answeredBy(scope, { deviations: [{ name, ...(s.action ? { action: s.action } : {}) }] });
      const model = await parityOf(deviating);
      expect(model.differences.length).toBeGreaterThan(0);
      expect([...new Set(model.differences.map((d) => d.kind))].filter((k) => !s.kinds.includes(k))).toEqual([]);
      expect([...new Set(model.differences.map((d) => d.operation))].filter((o) => !s.ops.test(o))).toEqual([]);
    }, 60_000);
  }

  describe('signing deviations, over the auth cases of all eight actions', () => {
    let auth: Recording;
    beforeAll(() => { auth = narrowed(recording, (id) => id.includes('.auth.')); });

    it('the faithful mock answers every recorded auth call alike, and each names its signing change', async () => {
      const calls = [...auth.cases.values()].flatMap((byCase) => [...byCase.values()].flat());
      expect(new Set(calls.map((c) => c.call.operation)).size).toBe(8);
      expect(new Set(calls.flatMap((c) => (c.call.signing ? [c.call.signing.kind] : [])))).toEqual(new Set(['tc3-variant', 'v1-variant', 'flip-signature', 'set-param', 'set-header']));
      expect((await parityOf(auth)).differences).toEqual([]);
    }, 60_000);

    for (const name of DEVIATION_NAMES) {
      const s = signingScenarios[name];
      if (s === undefined) continue;
      it(`a recording of a mock with ${name} differs, by outcome or error code, on ${s.cases.length > 2 ? `${s.cases.length} auth cases` : s.cases.join(' and ')} only`, async () => {
        const model = await parityOf(await answeredBy(auth, { deviations: [{ name }] }));
        const suffix = (c: string) => c.replace(/^[a-z]+\.[A-Za-z]+\.auth\./, '');
        expect(model.differences.length).toBeGreaterThan(0);
        expect([...new Set(model.differences.map((d) => d.kind))].filter((k) => k !== 'outcome' && k !== 'error code')).toEqual([]);
        expect([...new Set(model.differences.map((d) => suffix(d.case)))].filter((c) => !s.cases.includes(c))).toEqual([]);
        if (s.calls !== undefined) expect(model.differences).toHaveLength(s.calls);
        for (const c of s.onEveryAction ?? []) expect(model.differences.filter((d) => suffix(d.case) === c)).toHaveLength(8);
      }, 60_000);
    }
  });
});

/** `recording` with the params of every call of `sends.operation` that has them overridden. */
function sending(recording: Recording, sends: Scenario['sends']): Recording {
  if (sends === undefined) return recording;
  const edit = (c: RecordedCall): RecordedCall => (c.call.operation !== sends.operation || Object.keys(sends.params).some((k) => c.call.params[k] === undefined) ? c
    : { ...c, call: { ...c.call, params: { ...c.call.params, ...sends.params } } });
  return { ...recording, cases: new Map([...recording.cases].map(([r, byCase]) => [r, new Map([...byCase].map(([id, calls]) => [id, calls.map(edit)]))])) };
}
