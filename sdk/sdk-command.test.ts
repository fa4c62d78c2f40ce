// `tcconform sdk` end to end: exit codes, the files it writes, and a candidate given as an npm .tgz.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { sdkCommand } from '../cli/sdk-command.ts';
import { doctorSdk, DOCTORINGS } from './testing/doctor-sdk.ts';

for (const name of ['http_proxy', 'HTTP_PROXY', 'https_proxy', 'HTTPS_PROXY']) delete process.env[name];

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
const temp = () => {
  const d = mkdtempSync(join(tmpdir(), 'tcconform-sdk-cli-'));
  dirs.push(d);
  return d;
};

async function run(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await sdkCommand(argv, { out: (s) => out.push(s), err: (s) => err.push(s), tty: false });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const narrow = ['--action', 'ShareBlueprintAcrossAccounts,cvm.DescribeImages', '--style', 'tc3-post-json,v1-hmacsha1-get'];

describe('tcconform sdk', () => {
  it('exits 2 on bad flags and bad --sdk paths, naming the problem', async () => {
    expect(await run(['--style', 'carrier-pigeon'])).toMatchObject({ code: 2, err: expect.stringMatching(/unknown --style 'carrier-pigeon'/) });
    expect(await run(['--sdk', '/nonexistent/sdk.tgz'])).toMatchObject({ code: 2, err: expect.stringMatching(/no such file or folder/) });
    const dir = temp();
    writeFileSync(join(dir, 'notes.txt'), 'x');
    expect((await run(['--sdk', join(dir, 'notes.txt')])).code).toBe(2);
    writeFileSync(join(dir, 'package.json'), '{"name":"left-pad"}');
    expect(await run(['--sdk', dir])).toMatchObject({ code: 2, err: expect.stringMatching(/not tencentcloud-sdk-nodejs/) });
  });
  it('passes the installed SDK (exit 0), prints counts per action and style, writes the three files', async () => {
    const out = temp();
    const r = await run([...narrow, '--out', out]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/Per action[\s\S]*lighthouse\.ShareBlueprintAcrossAccounts[\s\S]*Per calling style[\s\S]*v1-hmacsha1-get/);
    expect(r.out).toMatch(/^PASS: \d+ checks passed, 0 failed, 0 errored/m);
    const results = JSON.parse(readFileSync(join(out, 'sdk-results.json'), 'utf8')) as { verdict: string; cases: { check: string; operation: string }[] };
    expect(results.verdict).toBe('pass');
    expect(new Set(results.cases.map((c) => c.check))).toEqual(new Set(['sdk_action_presence', 'sdk_wire_conformance', 'sdk_value_conformance', 'sdk_error_mapping', 'sdk_robustness', 'sdk_model_conformance']));
    expect(readFileSync(join(out, 'junit.xml'), 'utf8')).toMatch(/<testsuites [^>]*failures="0" errors="0"/);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toContain('sdk_error_mapping');
  });
  it('fails a doctored candidate given as an npm .tgz (exit 1), with the finding in --json and junit.xml', async () => {
    const copy = doctorSdk(DOCTORINGS.codeNotMapped);
    const dir = temp();
    const tgz = join(dir, 'tencentcloud-sdk-nodejs-9.9.9.tgz');
    execFileSync('tar', ['-czf', tgz, '-C', dirname(copy.root), 'package']);
    copy.remove();
    const out = join(dir, 'report');
    const r = await run(['--sdk', tgz, ...narrow, '--out', out, '--json']);
    expect(r.code).toBe(1);
    const summary = JSON.parse(r.out) as { verdict: string; sdk: { source: string }; findings: { check: string; title: string }[] };
    expect(summary.verdict).toBe('fail');
    expect(summary.sdk.source).toBe(tgz);
    expect(new Set(summary.findings.map((f) => `${f.check}: ${f.title}`))).toEqual(new Set(['sdk_error_mapping: Error code not mapped']));
    expect(readFileSync(join(out, 'junit.xml'), 'utf8')).toMatch(/<failure [^>]*Error code not mapped/);
  });
  it('keeps keys, signatures and tokens out of every file, also from SDK messages that quote the v1 URL', async () => {
    const out = temp();
    const copy = doctorSdk(DOCTORINGS.codeNotMapped);
    const r = await run(['--sdk', copy.root, '--action', 'DescribeImages', '--style', 'v1-hmacsha256-get-token', '--out', out]);
    copy.remove();
    expect(r.code).toBe(1);
    const results = readFileSync(join(out, 'sdk-results.json'), 'utf8');
    expect(results).toMatch(/network timeout at: http:\/\/cvm\.tencentcloudapi\.com:\d+\/\?ImageIds\.0=/);
    expect(results).toMatch(/Signature=\*\*\*/);
    for (const name of ['sdk-results.json', 'junit.xml', 'index.html']) {
      const text = readFileSync(join(out, name), 'utf8');
      expect(text, name).not.toMatch(/mockSessionToken|mockCallerSecretKey|[?&]Signature=(?!\*\*\*)|[?&]Token=(?!\*\*\*)/);
    }
  });
  it('fails a candidate that does not load (exit 1) and still writes why', async () => {
    const copy = doctorSdk([{ file: 'tencentcloud/common/abstract_client.js', find: 'class AbstractClient {', replace: 'class AbstractClient { syntax error' }]);
    const out = temp();
    const r = await run(['--sdk', copy.root, '--out', out]);
    copy.remove();
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/SDK does not load/);
    expect(existsSync(join(out, 'sdk-results.json'))).toBe(true);
  });
});
