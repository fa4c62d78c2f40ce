import { describe, expect, it } from 'vitest';
import { runOptions } from './run-options.ts';

const err = (argv: string[]) => {
  const r = runOptions(argv, '/tmp');
  return r.ok ? '' : r.error;
};

describe('runOptions', () => {
  it('defaults to the embedded mock', () => {
    const r = runOptions([], '/work');
    expect(r.ok && r.value).toMatchObject({ target: 'mock', runs: 100, out: '/work/tcconform-report', allowMutations: false });
  });
  it('takes an endpoint as its own target kind and requires fixtures for it', () => {
    expect(err(['--endpoint', 'http://127.0.0.1:9'])).toMatch(/--fixtures FILE is required with --endpoint/);
    const r = runOptions(['--endpoint', 'http://127.0.0.1:9/', '--fixtures', 'f.json', '--allow-mutations'], '/w');
    expect(r.ok && r.value).toMatchObject({ target: 'endpoint', fixtures: '/w/f.json', allowMutations: true });
  });
  it('gives one precise line for each bad flag', () => {
    expect(err(['--bogus'])).toMatch(/^tcconform run: Unknown option '--bogus'/);
    expect(err(['--target', 'staging'])).toBe("tcconform run: --target must be mock, live or recording, not 'staging'");
    expect(err(['--endpoint', 'ftp://x'])).toMatch(/--endpoint must be an http/);
    expect(err(['--product', 'cbs'])).toMatch(/unknown --product 'cbs'/);
    expect(err(['--product', 'cvm', '--action', 'ShareBlueprintAcrossAccounts'])).toMatch(/unknown --action 'ShareBlueprintAcrossAccounts' for cvm/);
    expect(err(['--runs', '0'])).toMatch(/--runs must be an integer/);
    expect(err(['--seed', 'x'])).toMatch(/--seed must be an integer/);
    expect(err(['--replay', '1:2'])).toMatch(/--replay needs --case/);
    expect(err(['--target', 'live'])).toMatch(/--fixtures FILE is required with --target live/);
    expect(err(['--target', 'recording'])).toBe('tcconform run: --target recording needs --recording DIR (a directory written by --record)');
    expect(err(['--recording', 'r', '--seed', '3'])).toMatch(/--seed cannot be combined with --target recording/);
    expect(err(['--target', 'live', '--recording', 'r'])).toBe('tcconform run: --recording cannot be combined with --target live');
    expect(err(['--record-mask', 'accounts'])).toBe('tcconform run: --record-mask needs --record DIR');
    expect(err(['--record', 'd', '--record-mask', 'all'])).toBe("tcconform run: --record-mask must be none or accounts, not 'all'");
  });
  it('takes the recording flags', () => {
    const rec = runOptions(['--record', 'rec', '--record-mask', 'accounts'], '/w');
    expect(rec.ok && rec.value).toMatchObject({ target: 'mock', record: '/w/rec', recordMask: 'accounts' });
    const replay = runOptions(['--recording', 'rec', '--action', 'DescribeImages'], '/w');
    expect(replay.ok && replay.value).toMatchObject({ target: 'recording', recording: '/w/rec', actions: ['DescribeImages'] });
  });
  it('takes --rate-share as a fraction in (0, 1], 0.9 by default', () => {
    const d = runOptions([], '/w');
    expect(d.ok && d.value.rateShare).toBe(0.9);
    const r = runOptions(['--rate-share', '0.5'], '/w');
    expect(r.ok && r.value.rateShare).toBe(0.5);
    const one = runOptions(['--rate-share', '1'], '/w');
    expect(one.ok && one.value.rateShare).toBe(1);
    for (const bad of ['0', '1.5', '-0.2', 'half', '']) expect(err(['--rate-share', bad])).toMatch(/--rate-share must be a fraction F with 0 < F <= 1|--rate-share/);
    expect(err(['--rate-share', '1.5'])).toBe("tcconform run: --rate-share must be a fraction F with 0 < F <= 1, not '1.5'");
  });
});
