import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { reportCommand } from './report-command.ts';
import type { Io } from './io.ts';
import type { CaseStatus, ResultsModel } from '../reports/results-model.ts';
import { parseResults } from '../reports/parse-results.ts';
import { syntheticModel } from '../reports/testing/synthetic-model.ts';
import { driftScenario } from '../reports/testing/drift-scenario.ts';

function run(argv: string[]): Promise<{ code: number; out: string; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = { out: (t) => out.push(t), err: (t) => err.push(t), tty: false };
  return reportCommand(argv, io).then((code) => ({ code, out: out.join('\n'), err }));
}

const dir = mkdtempSync(join(tmpdir(), 'tcconform-report-cmd-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
function file(name: string, model: ResultsModel | string): string {
  const path = join(dir, name);
  writeFileSync(path, typeof model === 'string' ? model : JSON.stringify(model));
  return path;
}
function read(out: string): ResultsModel {
  const r = parseResults(readFileSync(join(out, 'results.json'), 'utf8'), 'out');
  if (!r.ok) throw new Error(r.error);
  return r.value;
}
const passing = (n: number, label?: string) => syntheticModel(Array.from({ length: n }, (): CaseStatus => 'passed'), label === undefined ? {} : { label });

describe('tcconform report', () => {
  it('merges the shards of one run: totals recomputed, runs listed, files re-rendered', async () => {
    const whole = passing(10);
    const shard = (from: number, to: number): ResultsModel => ({ ...whole, cases: whole.cases.slice(from, to), totals: { passed: to - from, failed: 0, skipped: 0, errored: 0 } });
    const out = join(dir, 'shards');
    const r = await run(['--from', file('s1.json', shard(0, 4)), '--from', file('s2.json', shard(4, 10)), '--out', out]);
    expect(r).toMatchObject({ code: 0, err: [] });
    const merged = read(out);
    expect(merged.totals).toEqual({ passed: 10, failed: 0, skipped: 0, errored: 0 });
    expect(merged.runs).toHaveLength(2);
    expect(merged.latency).toEqual(whole.latency);
    expect(readFileSync(join(out, 'junit.xml'), 'utf8').match(/<testcase /g)).toHaveLength(10);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toContain('<script type="application/json" id="tc-model">');
    expect(r.out).toContain('CONFORMS: 10 passed');
  });

  it('merges regions: cases keep their target label; a case twice is kept once, with a warning', async () => {
    const out = join(dir, 'regions');
    const gz = file('gz.json', passing(3, 'live API (ap-guangzhou)'));
    const r = await run(['--from', gz, '--from', file('sg.json', passing(3, 'live API (ap-singapore)')), '--from', gz, '--out', out]);
    expect(r.code).toBe(0);
    expect(r.err).toEqual(['tcconform report: 3 case(s) appeared in more than one input (same target and id); kept the first']);
    const merged = read(out);
    expect(new Set(merged.cases.map((c) => c.target))).toEqual(new Set(['live API (ap-guangzhou)', 'live API (ap-singapore)']));
    expect(merged.cases).toHaveLength(6);
    expect(readFileSync(join(out, 'junit.xml'), 'utf8')).toContain(' @ live API (ap-singapore)');
  });

  it('reports drift against a baseline, and fails on it only with --fail-on drift', async () => {
    const { baseline, current } = driftScenario(12);
    const passingNow = { ...current, cases: current.cases.map((c) => ({ ...c, status: 'passed' as const, findings: [] })), totals: { passed: 12, failed: 0, skipped: 0, errored: 0 } };
    const args = ['--from', file('now.json', passingNow), '--baseline', file('base.json', baseline), '--out', join(dir, 'drift')];
    const seen = await run(args);
    expect(seen.code).toBe(0);
    expect(seen.out).toMatch(/^DRIFT new-undocumented-code /m);
    expect(read(join(dir, 'drift')).drift?.length).toBeGreaterThan(0);
    const gated = await run([...args, '--fail-on', 'drift']);
    expect(gated.code).toBe(1);
    expect(readFileSync(join(dir, 'drift', 'junit.xml'), 'utf8')).toContain('type="drift"');
  });

  it('exits 1 on findings and 3 on errored cases', async () => {
    expect((await run(['--from', file('f.json', syntheticModel(['passed', 'failed'])), '--out', join(dir, 'f')])).code).toBe(1);
    expect((await run(['--from', file('e.json', syntheticModel(['passed', 'errored'])), '--out', join(dir, 'e')])).code).toBe(3);
  });

  it('rejects a bad input file with one precise line naming it (exit 2)', async () => {
    const bad = async (content: string) => {
      const path = file('bad.json', content);
      const r = await run(['--from', path, '--out', join(dir, 'never')]);
      expect(r.code).toBe(2);
      expect(r.err).toHaveLength(1);
      return r.err[0]?.replace(path, 'FILE');
    };
    await expect(bad('{"schemaVersion": 1')).resolves.toMatch(/^tcconform report: FILE: not valid JSON \(.+\)$/);
    await expect(bad('{"schemaVersion": 1}')).resolves.toBe("tcconform report: FILE: not a tcconform results file: the top level must have required property 'runs'");
    await expect(bad(JSON.stringify({ ...passing(1), cases: [{ id: 'x' }] }))).resolves.toBe("tcconform report: FILE: not a tcconform results file: /cases/0 must have required property 'title'");
    const missing = await run(['--from', join(dir, 'nope.json')]);
    expect(missing).toMatchObject({ code: 2, err: [`tcconform report: ${join(dir, 'nope.json')}: no such file`] });
    const badBase = await run(['--from', file('ok.json', passing(1)), '--baseline', dir]);
    expect(badBase).toMatchObject({ code: 2, err: [`tcconform report: --baseline ${dir}: is a directory, not a results.json`] });
  });

  it('gives one line for each usage error (exit 2) and help (exit 0)', async () => {
    const ok = file('ok.json', passing(1));
    const usage = async (argv: string[]) => { const r = await run(argv); expect(r.code).toBe(2); return r.err.join('\n'); };
    await expect(usage([])).resolves.toBe('tcconform report: --from FILE is required (a results.json; repeat it to merge shards or regions)');
    await expect(usage(['--from', ok, '--fail-on', 'drift'])).resolves.toBe('tcconform report: --fail-on drift needs --baseline FILE (an earlier results.json)');
    await expect(usage(['--from', ok, '--fail-on', 'speed'])).resolves.toBe("tcconform report: --fail-on must be drift (findings always fail), not 'speed'");
    await expect(usage(['--from', ok, '--p95-regression', 'x'])).resolves.toBe("tcconform report: --p95-regression must be a percentage from 1 to 10000, not 'x'");
    await expect(usage(['--from', ok, '--bogus'])).resolves.toMatch(/^tcconform report: Unknown option '--bogus'/);
    await expect(usage([ok])).resolves.toMatch(/unexpected argument/);
    const help = await run(['--help']);
    expect(help.code).toBe(0);
    expect(help.out).toContain('--fail-on drift');
  });
});
