// A malformed or truncated recording is refused with one precise line naming the file, the line and the place;
// the CLI exits 2 on it with that line alone.

import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readRecording } from './read-recording.ts';
import { runCli } from '../cli/testing/spawn-cli.ts';
import type { RecordedCall, RecordingMeta } from './recording-format.ts';

const meta: RecordingMeta = {
  format: 'tcconform-recording', version: 2, target: { kind: 'mock', endpoint: 'embedded', label: 'embedded mock' }, startedAt: '2026-01-01T00:00:00.000Z',
  specVersions: { lighthouse: '2020-03-24' }, toolVersion: '0.1.0', fixtures: { version: 1, regions: { 'ap-guangzhou': {} } }, fixturesSource: 'x',
  seed: 1, runs: 1, regions: ['ap-guangzhou'], allowMutations: false, products: [], actions: [], caseFilter: '', mask: 'none', rateLimitTargetDedicated: true, calls: 2,
};

const call = (n: number): RecordedCall => ({
  case: 'lighthouse.DescribeBlueprints.positive', n, url: 'http://127.0.0.1:1/',
  call: { operation: 'lighthouse.DescribeBlueprints', region: 'ap-guangzhou', form: 'post-json', signMethod: 'TC3-HMAC-SHA256', params: { Limit: 1 }, credentials: 'run', token: 'none' },
  request: { method: 'POST', path: '/', headers: { 'content-type': 'application/json' }, body: '{"Limit":1}' },
  response: { status: 200, headers: {}, body: '{"Response":{"RequestId":"x"}}' }, timings: { startedAt: '2026-01-01T00:00:00.000Z', totalMs: 1 }, retries: [],
});

let count = 0;
/** A recording directory with `metaText` and one case file of `lines`. */
function recording(metaText: string, lines: string): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'tcconform-bad-recording-')), `r${count++}`);
  mkdirSync(join(dir, 'cases', 'ap-guangzhou'), { recursive: true });
  writeFileSync(join(dir, 'recording.json'), metaText);
  writeFileSync(join(dir, 'cases', 'ap-guangzhou', 'lighthouse.DescribeBlueprints.positive.jsonl'), lines);
  return dir;
}

const good = `${JSON.stringify(call(0))}\n${JSON.stringify(call(1))}\n`;

describe('reading a recording', () => {
  it('reads a well-formed one', () => {
    const r = readRecording(recording(JSON.stringify(meta), good));
    expect(r.ok && r.value.cases.get('ap-guangzhou')?.get('lighthouse.DescribeBlueprints.positive')?.length).toBe(2);
  });

  it('reads the signing change a call names', () => {
    const signed = (n: number, signing: unknown) => JSON.stringify({ ...call(n), call: { ...call(n).call, signing } });
    const r = readRecording(recording(JSON.stringify(meta), `${signed(0, { kind: 'tc3-variant', variant: { scopeDateOffsetDays: -1 } })}\n${signed(1, { kind: 'v1-variant', variant: { hash: 'HmacSHA1' }, edit: { append: { Timestamp: '.5' } } })}\n`));
    expect(r.ok && r.value.cases.get('ap-guangzhou')?.get('lighthouse.DescribeBlueprints.positive')?.map((c) => c.call.signing?.kind)).toEqual(['tc3-variant', 'v1-variant']);
  });

  it('reads a version 1 recording whose calls changed nothing after signing', () => {
    const r = readRecording(recording(JSON.stringify({ ...meta, version: 1 }), good));
    expect(r.ok && r.value.meta.version).toBe(1);
  });

  const bad: readonly [string, () => string, RegExp][] = [
    ['no metadata', () => join(tmpdir(), 'tcconform-no-such-recording'), /is not a recording: recording\.json is missing$/],
    ['metadata not JSON', () => recording('{"format": "tcconform-rec', good), /recording\.json: not valid JSON \(/],
    ['another format version', () => recording(JSON.stringify({ ...meta, version: 3 }), good), /recording format version 3; this tcconform reads versions 1 and 2$/],
    ['a version 1 call that names only what was tampered', () => recording(JSON.stringify({ ...meta, version: 1 }), `${JSON.stringify(call(0))}\n${JSON.stringify({ ...call(1), call: { ...call(1).call, tampered: ['signature'] } })}\n`),
      /line 2: a version 1 recording does not say which signing variant this call used \(it names only what was tampered: \["signature"\]\); record the run again with this tcconform \(format version 2\)$/],
    ['a signing change of an unknown kind', () => recording(JSON.stringify(meta), `${JSON.stringify({ ...call(0), call: { ...call(0).call, signing: { kind: 'sign-with', secretKey: 'x' } } })}\n${JSON.stringify(call(1))}\n`), /line 1: not a recorded call: \/call\/signing /],
    ['metadata missing a field', () => recording(JSON.stringify({ ...meta, seed: undefined }), good), /recording\.json: not a tcconform recording: the top level must have required property 'seed'$/],
    ['fixtures with credentials', () => recording(JSON.stringify({ ...meta, fixtures: { ...meta.fixtures, credentials: { secretId: 'a', secretKey: 'b' } } }), good), /\/fixtures\/credentials boolean schema is false$/],
    ['a line cut short', () => recording(JSON.stringify(meta), good.slice(0, -40)), /positive\.jsonl: truncated \(the last line has no end\)$/],
    ['a line not JSON', () => recording(JSON.stringify(meta), `${JSON.stringify(call(0))}\n{"case":\n`), /positive\.jsonl line 2: not valid JSON \(/],
    ['a call missing its answer timing', () => recording(JSON.stringify(meta), `${JSON.stringify({ ...call(0), timings: undefined })}\n${JSON.stringify(call(1))}\n`), /line 1: not a recorded call: the top level must have required property 'timings'$/],
    ['an Authorization header', () => recording(JSON.stringify(meta), `${JSON.stringify({ ...call(0), request: { ...call(0).request, headers: { authorization: 'x' } } })}\n${JSON.stringify(call(1))}\n`), /line 1: not a recorded call: \/request\/headers\/authorization boolean schema is false$/],
    ['a call missing in the middle', () => recording(JSON.stringify(meta), `${JSON.stringify(call(0))}\n${JSON.stringify(call(2))}\n`), /line 2: call number 2, expected 1 \(calls missing or out of order\)$/],
    ['whole lines missing at the end', () => recording(JSON.stringify(meta), `${JSON.stringify(call(0))}\n`), /is truncated: recording\.json counts 2 calls, the case files hold 1$/],
  ];
  for (const [what, make, message] of bad) {
    it(`refuses ${what} with one precise line`, () => {
      const r = readRecording(make());
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.error).toMatch(message);
        expect(r.error).not.toContain('\n');
      }
    });
  }

  it('the CLI exits 2 with that one line', async () => {
    const dir = recording(JSON.stringify(meta), good.slice(0, -40));
    const r = await runCli(['run', '--target', 'recording', '--recording', dir, '--no-progress', '--out', join(dir, 'out')]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^tcconform run: .*positive\.jsonl: truncated \(the last line has no end\)\n$/);
  }, 60_000);
});
