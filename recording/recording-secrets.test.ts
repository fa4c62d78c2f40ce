// No recording holds a secret, in any mode: recorded against the standalone mock seeded with a canary world, signed
// with a temporary key and token from the environment, with account IDs masked; and against the embedded mock with
// its default world, unmasked. No canary key or token, no unredacted signature, no Authorization or X-TC-Token
// header may appear in any byte of the recording. With `--record-mask accounts`, no account ID of the fixtures does,
// and the masked recording still re-judges to the verdicts of the recorded run.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { defaultWorld } from '../mock/world/default-world.ts';
import { canaryWorld } from '../cli/testing/canary-world.ts';
import { filesUnder, secretsIn, signaturesIn } from '../cli/testing/scan-secrets.ts';
import { runCli, startCliMock } from '../cli/testing/spawn-cli.ts';
import { fixtureAccounts } from './account-mask.ts';
import { rejudge, verdicts } from './testing/recorded-runs.ts';
import type { Fixtures } from '../core/fixtures.ts';

const dir = mkdtempSync(join(tmpdir(), 'tcconform-recording-canary-'));
const stops: (() => Promise<void>)[] = [];
afterAll(async () => { await Promise.all(stops.map((s) => s())); });
/** Keys the auth cases make up themselves (unknown SecretId, invalid token): kept out of recordings too. */
const MADE_UP = ['tcconform-unknown-secret-key-000000', 'tcconform-invalid-session-token'];

describe('secrets in recordings', () => {
  it('a masked recording of an endpoint run with a temporary key holds no secret and no fixture account ID', async () => {
    const canary = canaryWorld();
    const worldPath = join(dir, 'world.json');
    const fixturesPath = join(dir, 'fixtures.json');
    writeFileSync(worldPath, JSON.stringify(canary.world), { mode: 0o600 });
    const mock = await startCliMock(['--world', worldPath, '--fixtures-out', fixturesPath]);
    stops.push(mock.stop);
    const recording = join(dir, 'masked');
    const env = { TENCENTCLOUD_SECRET_ID: canary.temporary.secretId, TENCENTCLOUD_SECRET_KEY: canary.temporary.secretKey, TENCENTCLOUD_SECURITY_TOKEN: canary.temporary.token };
    const r = await runCli(['run', '--endpoint', mock.url, '--fixtures', fixturesPath, '--allow-mutations', '--runs', '1', '--no-progress', '--product', 'cvm',
      '--out', join(dir, 'r1'), '--ledger', join(dir, 'l1.jsonl'), '--record', recording, '--record-mask', 'accounts'], env);
    expect(r.stderr).toMatch(/recorded \d+ call\(s\) in .*masked \(account IDs masked\)/);
    const files = filesUnder(recording);
    expect(files.length).toBeGreaterThan(20);
    expect(secretsIn(files, [...canary.secrets, ...MADE_UP])).toEqual([]);
    expect(signaturesIn(files)).toEqual([]);
    expect(files.filter((f) => /"(authorization|x-tc-token)"\s*:/i.test(f.text)).map((f) => f.name)).toEqual([]);
    const accounts = fixtureAccounts(JSON.parse(readFileSync(fixturesPath, 'utf8')) as Fixtures);
    expect(accounts.length).toBeGreaterThan(10);
    expect(files.filter((f) => accounts.some((a) => new RegExp(`(?<![0-9])${a}(?![0-9])`).test(f.text))).map((f) => f.name)).toEqual([]);
    // Masked consistently: the masked recording re-judges to the same verdicts.
    const again = await rejudge(recording, join(dir, 'r1-rejudged'));
    expect(again.code).toBe(r.code);
    expect(verdicts(join(dir, 'r1-rejudged'), false)).toEqual(verdicts(join(dir, 'r1'), false));
  }, 300_000);

  it('an unmasked recording of the embedded mock holds none of the default world\'s keys or tokens', async () => {
    const secrets = defaultWorld().accounts.flatMap((a) => a.credentials.flatMap((c) => [c.secretKey, ...(c.token === undefined ? [] : [c.token])]));
    const recording = join(dir, 'embedded');
    const r = await runCli(['run', '--product', 'lighthouse', '--action', 'DescribeBlueprints,ShareBlueprintAcrossAccounts', '--runs', '1', '--no-progress',
      '--out', join(dir, 'r2'), '--record', recording]);
    expect(r.code).toBe(0);
    const files = filesUnder(recording);
    expect(files.length).toBeGreaterThan(20);
    expect(secretsIn(files, [...secrets, ...MADE_UP])).toEqual([]);
    expect(signaturesIn(files)).toEqual([]);
    expect(files.some((f) => f.text.includes('200000000001'))).toBe(true);
  }, 240_000);
});
