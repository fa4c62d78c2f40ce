// Secrets never reach an output, against the standalone mock seeded with a canary world (every SecretKey and token
// a unique random string): a clean mutating run with the fixtures' key, a failing run (deviations injected, so
// findings carry exchanges) with a temporary key and token from the environment and --baseline (drift), cleanup,
// and `tcconform report`. A capturing gateway in front of the mock records the real signatures sent. No canary
// and no signature may appear in any byte of stdout, stderr, report files, ledgers, the mock's journal and its
// admin world. The fixtures file written by `tcconform mock --fixtures-out` holds the caller's key on purpose: it
// is input, not output (mode 0600). `npm test` runs the cvm cases; TCCONFORM_LONG=1 every case.
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isLongRun } from '../core/testing/scale.ts';
import type { ResultsModel } from '../reports/results-model.ts';
import { startFaultServer } from '../suites/harness/testing/fault-server.ts';
import { canaryWorld } from './testing/canary-world.ts';
import { filesUnder, secretsIn, signaturesIn, type Output } from './testing/scan-secrets.ts';
import { runCli, startCliMock } from './testing/spawn-cli.ts';

const dir = mkdtempSync(join(tmpdir(), 'tcconform-canary-'));
const stops: (() => Promise<void>)[] = [];
afterAll(async () => { await Promise.all(stops.map((s) => s())); });
const SCOPE = isLongRun() ? [] : ['--product', 'cvm'];

/** The signatures the requests carried: TC3 hex from Authorization, v1 Signature parameters (decoded and raw). */
function signaturesSent(requests: readonly { headers: Record<string, unknown>; url: string; body: string }[]): string[] {
  const out = new Set<string>();
  for (const r of requests) {
    const tc3 = /Signature=([0-9a-f]{64})/.exec(String(r.headers['authorization'] ?? ''))?.[1];
    if (tc3 !== undefined) out.add(tc3);
    for (const m of `${r.url}&${r.body}`.matchAll(/[?&]Signature=([^&]+)/g)) {
      if (m[1] === undefined || m[1].length < 16) continue;
      out.add(m[1]);
      out.add(decodeURIComponent(m[1]));
    }
  }
  return [...out];
}

describe('secrets in endpoint runs', () => {
  it('no canary key, token or signature reaches any output', async () => {
    const canary = canaryWorld();
    const worldPath = join(dir, 'world.json');
    const fixturesPath = join(dir, 'fixtures.json');
    writeFileSync(worldPath, JSON.stringify(canary.world), { mode: 0o600 });
    const mock = await startCliMock(['--world', worldPath, '--fixtures-out', fixturesPath]);
    stops.push(mock.stop);
    let mockOutput = '';
    mock.child.stdout?.on('data', (d: Buffer) => { mockOutput += d.toString(); });
    mock.child.stderr?.on('data', (d: Buffer) => { mockOutput += d.toString(); });
    const gateway = await startFaultServer(mock.url);
    stops.push(gateway.close);
    const outputs: Output[] = [];
    const cli = async (name: string, args: string[], env: Record<string, string> = {}) => {
      const r = await runCli(args, env);
      outputs.push({ name: `stdout of ${name}`, text: r.stdout }, { name: `stderr of ${name}`, text: r.stderr });
      return r;
    };
    const common = ['--endpoint', gateway.url, '--fixtures', fixturesPath, '--allow-mutations', '--runs', '1', '--no-progress', ...SCOPE];

    const clean = await cli('clean run', ['run', ...common, '--out', join(dir, 'r1'), '--ledger', join(dir, 'l1.jsonl')]);
    expect(clean.code, clean.stderr).toBe(0);

    // Scoped deviations: auth cases then record tampered-signature exchanges as findings, negative cases undocumented codes.
    const faults = { deviations: [{ name: 'signature-not-checked', action: 'cvm.ModifyImageSharePermission' }, { name: 'undocumented-error-code', action: 'cvm.DescribeImageSharePermission' }] };
    expect((await fetch(`${mock.url}/_admin/faults`, { method: 'PUT', body: JSON.stringify(faults) })).status).toBe(200);
    const env = { TENCENTCLOUD_SECRET_ID: canary.temporary.secretId, TENCENTCLOUD_SECRET_KEY: canary.temporary.secretKey, TENCENTCLOUD_SECURITY_TOKEN: canary.temporary.token };
    const failing = await cli('failing run', ['run', ...common, '--baseline', join(dir, 'r1', 'results.json'), '--out', join(dir, 'r2'), '--ledger', join(dir, 'l2.jsonl')], env);
    expect(failing.code, failing.stderr).toBe(1);
    await fetch(`${mock.url}/_admin/faults`, { method: 'DELETE' });
    await cli('cleanup', ['cleanup', '--fixtures', fixturesPath, '--endpoint', gateway.url, '--ledger', join(dir, 'l2.jsonl')], env);
    await cli('report', ['report', '--from', join(dir, 'r2', 'results.json'), '--baseline', join(dir, 'r1', 'results.json'), '--out', join(dir, 'r3')]);

    const model = JSON.parse(readFileSync(join(dir, 'r2', 'results.json'), 'utf8')) as ResultsModel;
    const failed = model.cases.filter((c) => c.status === 'failed');
    expect(failed.length).toBeGreaterThan(0);
    expect(failed.some((c) => c.exchanges.length > 0 && c.findings.length > 0)).toBe(true);
    expect(JSON.stringify(model)).toMatch(/"drift"/);

    outputs.push(...filesUnder(join(dir, 'r1')), ...filesUnder(join(dir, 'r2')), ...filesUnder(join(dir, 'r3')),
      { name: 'ledger l1', text: readFileSync(join(dir, 'l1.jsonl'), 'utf8') }, { name: 'ledger l2', text: readFileSync(join(dir, 'l2.jsonl'), 'utf8') },
      { name: 'mock journal', text: await (await fetch(`${mock.url}/_admin/journal`)).text() },
      { name: 'mock admin world', text: await (await fetch(`${mock.url}/_admin/world`)).text() });
    await mock.stop();
    stops.splice(stops.indexOf(mock.stop), 1);
    outputs.push({ name: 'output of tcconform mock', text: mockOutput });

    const sent = signaturesSent(gateway.received);
    const raw = gateway.received.map((r) => `${JSON.stringify(r.headers)} ${r.url} ${r.body}`).join('\n');
    // Controls: the scan finds what is there (the token travelled; the fixtures file holds the caller's key, 0600).
    expect(raw).toContain(canary.temporary.token);
    expect(secretsIn([{ name: 'fixtures', text: readFileSync(fixturesPath, 'utf8') }], canary.secrets)).not.toEqual([]);
    expect(statSync(fixturesPath).mode & 0o777).toBe(0o600);
    expect(sent.length).toBeGreaterThan(100);
    expect(signaturesIn([{ name: 'raw requests', text: raw }])).not.toEqual([]);
    expect(secretsIn([{ name: 'raw requests', text: raw }], sent)).not.toEqual([]);

    expect(secretsIn(outputs, canary.secrets)).toEqual([]);
    expect(secretsIn(outputs, sent)).toEqual([]);
    expect(signaturesIn(outputs)).toEqual([]);
    console.info(`[canary] endpoint: ${outputs.length} outputs (${outputs.reduce((n, o) => n + o.text.length, 0)} bytes) searched for ${canary.secrets.length} canaries and ${sent.length} signatures sent in ${gateway.received.length} requests: 0 found`);
  }, isLongRun() ? 600_000 : 240_000); // two paced endpoint runs of every cvm case: the auth cases alone pace about 100 requests each
});
