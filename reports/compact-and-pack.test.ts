import { describe, expect, it } from 'vitest';
import { compactModel } from './compact-model.ts';
import { packModel } from './pack-model.ts';
import { mergeCoverage } from './merge-results.ts';
import { curlDescription, replayCommand, shellQuote, tccliCommand } from './repro.ts';
import { jsonForScript } from './escape-html.ts';
import { HOSTILE, syntheticCase, syntheticModel, syntheticRun } from './testing/synthetic-model.ts';
import type { CaseStatus } from './results-model.ts';

describe('compactModel', () => {
  it('keeps exchanges for the first cases of each status, folds repeated observations, leaves counts alone', () => {
    const statuses: CaseStatus[] = ['failed', 'failed', 'failed', 'passed'];
    const model = syntheticModel(statuses, { mutate: (c) => ({ ...c, observed: [...c.observed, ...c.observed], latenciesMs: [1.234] }) });
    const small = compactModel(model, { exchangesPerStatus: { failed: 2, passed: 0, skipped: 0, errored: 0 }, maxMessage: 10 });
    expect(small.cases.map((c) => c.exchanges.length)).toEqual([1, 1, 0, 0]);
    expect(small.compaction).toEqual({ exchangesDropped: 1, observedFolded: 4 });
    expect(small.cases[0]?.observed).toEqual([{ ...model.cases[0]!.observed[0]!, count: 2 }]);
    expect(small.cases[0]?.latenciesMs).toEqual([1.2]);
    expect(small.cases[0]?.message).toBe('findings: … (cut)');
    expect(small.coverage).toBe(model.coverage);
    expect(compactModel(small, { exchangesPerStatus: { failed: 2, passed: 0, skipped: 0, errored: 0 }, maxMessage: 10 })).toBe(small);
  });
});

describe('packModel', () => {
  it('interns strings, keeps a row per case and details only where there is evidence', () => {
    const model = syntheticModel(['passed', 'failed', 'skipped', 'errored', 'passed']);
    const page = packModel(model);
    expect(page.C).toHaveLength(5);
    expect(page.C.map((r) => page.S[r[6]!])).toEqual(['passed', 'failed', 'skipped', 'errored', 'passed']);
    expect(page.C.map((r) => r[10])).toEqual([-1, 0, -1, 1, -1]);
    expect(page.S.filter((s) => s === 'passed')).toHaveLength(1);
    const failed = page.D[0]!;
    expect(failed.replay).toMatch(/^npx tcconform run --case .* --target live --fixtures fixtures\/live.yaml --region ap-guangzhou$/);
    expect(failed.tccli).toMatch(/^tccli \w+ \w+ --region ap-guangzhou --BlueprintId lhbp-\w+ --AccountIds '\["100001"\]' --Note n$/);
    expect(failed.exchanges[0]?.curl).toMatch(/^curl -X POST https:\/\/[\w.]+\/ \\\n  -H 'content-type: application\/json'/);
    expect(failed.seed).toBe(20260324);
  });

  it('never lets target text close the data script', () => {
    const json = jsonForScript(packModel(syntheticModel(['failed'], { hostile: true })));
    expect(json).not.toMatch(/<\/script/i);
    expect(json).not.toContain('<!--');
    expect(json).toContain('\\u003c/script>');
  });
});

describe('reproduction commands', () => {
  it('quotes for a POSIX shell', () => {
    expect(shellQuote('ap-guangzhou')).toBe('ap-guangzhou');
    expect(shellQuote(`it's $(rm -rf) ${HOSTILE.img}`)).toBe(`'it'\\''s $(rm -rf) "><img src=x onerror="window.__pwned=2;document.title='\\''PWNED'\\''">'`);
  });
  it('rebuilds the replay for the target that ran the case', () => {
    const c = syntheticCase(0, 'passed');
    expect(replayCommand(c, { ...syntheticRun(), target: { kind: 'mock', endpoint: 'embedded', label: 'm' } })).toBe(`npx tcconform run --case ${shellQuote(c.id)}`);
    expect(replayCommand(c, { ...syntheticRun(), target: { kind: 'endpoint', endpoint: 'http://127.0.0.1:9/api', label: 'e' }, allowMutations: true }))
      .toBe(`npx tcconform run --case ${shellQuote(c.id)} --endpoint http://127.0.0.1:9/api --fixtures fixtures/live.yaml --region ap-guangzhou --allow-mutations`);
  });
  it('describes requests without a region, and wire requests sent to an endpoint', () => {
    expect(tccliCommand({ operation: 'cvm.DescribeImages', region: null, form: 'get-query', params: { Limit: 1 } })).toBe('tccli cvm DescribeImages --Limit 1');
    const x = syntheticCase(1, 'failed').exchanges[0]!;
    expect(curlDescription(x, 'http://127.0.0.1:9/')).toMatch(/^curl -X POST http:\/\/127.0.0.1:9\/ \\\n  -H 'host: /);
  });
});

describe('mergeCoverage', () => {
  it('sums observations per target, unites exercising cases, keeps a documented flag', () => {
    const row = { operation: 'op', code: 'C', documented: false, exercisedBy: ['a'], exercisedCount: 1, observed: 2, observedOn: { gz: 2 } };
    expect(mergeCoverage([[row], [{ ...row, documented: true, exercisedBy: ['a', 'b'], exercisedCount: 2, observed: 3, observedOn: { sg: 3 } }]]))
      .toEqual([{ ...row, documented: true, exercisedBy: ['a', 'b'], exercisedCount: 2, observed: 5, observedOn: { gz: 2, sg: 3 } }]);
  });
});
