// Secrets never reach an output in the embedded modes: `tcconform run` against the embedded mock and the SDK gate
// (`tcconform sdk`). Both sign with the default world's credentials, whose SecretKeys and tokens are unique strings
// (mock/world/default-ids.ts), so they serve as the canaries; the SDK gate's deliberately wrong key contains the
// caller's key, so it is caught too. No canary and no unredacted signature may appear in stdout, stderr or any
// report file. `npm test` runs the Lighthouse cases; TCCONFORM_LONG=1 every case.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isLongRun } from '../core/testing/scale.ts';
import { defaultWorld } from '../mock/world/default-world.ts';
import { filesUnder, secretsIn, signaturesIn, type Output } from './testing/scan-secrets.ts';
import { runCli } from './testing/spawn-cli.ts';

const dir = mkdtempSync(join(tmpdir(), 'tcconform-canary-embedded-'));
const SECRETS = [...defaultWorld().accounts.flatMap((a) => a.credentials.flatMap((c) => [c.secretKey, ...(c.token === undefined ? [] : [c.token])])), 'tcconformUnknownSecretKey00000001'];

async function outputsOf(name: string, args: string[], out: string): Promise<{ code: number | null; outputs: Output[] }> {
  const r = await runCli(args);
  return { code: r.code, outputs: [{ name: `stdout of ${name}`, text: r.stdout }, { name: `stderr of ${name}`, text: r.stderr }, ...filesUnder(out)] };
}

describe('secrets in embedded modes', () => {
  it('the embedded-mock run writes no SecretKey, token or signature anywhere', async () => {
    const out = join(dir, 'run');
    const scope = isLongRun() ? [] : ['--product', 'lighthouse', '--runs', '1'];
    const run = await outputsOf('run', ['run', '--no-progress', '--out', out, '--ledger', join(dir, 'run', 'ledger.jsonl'), ...scope], out);
    expect(run.code).toBe(0);
    expect(secretsIn(run.outputs, SECRETS)).toEqual([]);
    expect(signaturesIn(run.outputs)).toEqual([]);
    console.info(`[canary] embedded run: ${run.outputs.length} outputs searched for ${SECRETS.length} secrets: 0 found`);
  }, isLongRun() ? 600_000 : 60_000);

  it('the SDK gate writes no SecretKey, token or signature anywhere', async () => {
    const out = join(dir, 'sdk');
    const gate = await outputsOf('sdk', ['sdk', '--out', out], out);
    expect(gate.code).toBe(0);
    expect(gate.outputs.length).toBeGreaterThanOrEqual(4);
    expect(secretsIn(gate.outputs, SECRETS)).toEqual([]);
    expect(signaturesIn(gate.outputs)).toEqual([]);
    console.info(`[canary] sdk gate: ${gate.outputs.length} outputs searched for ${SECRETS.length} secrets: 0 found`);
  }, 60_000);
});
