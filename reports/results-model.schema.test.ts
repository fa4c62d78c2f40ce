import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import Ajv2020 from 'ajv/dist/2020.js';
import type { TestModule } from 'vitest/node';
import { parseResults, resultsModelSchema, validateResults } from './parse-results.ts';
import { TcconformReporter } from './vitest-reporter.ts';
import { applyDrift } from './apply-drift.ts';
import { mergeResults } from './merge-results.ts';
import { driftKinds } from './drift.ts';
import { checkNames } from '../checks/finding.ts';
import type { ResultsModel } from './results-model.ts';
import { driftScenario } from './testing/drift-scenario.ts';
import { syntheticCase, syntheticRun } from './testing/synthetic-model.ts';

/** What the reporter writes for a run of four cases, read back from disk. */
function reporterModel(): ResultsModel {
  const tests = (['passed', 'failed', 'skipped', 'errored'] as const).map((status, i) => {
    const record = syntheticCase(i, status);
    const state = status === 'errored' ? 'failed' : status;
    return { name: record.title, result: () => ({ state, errors: state === 'failed' ? [{ message: 'findings: see the report' }] : [], ...(state === 'skipped' ? { note: 'no fixture' } : {}) }),
      diagnostic: () => ({ duration: 12.5 }), meta: () => ({ tcconform: record }) };
  });
  tests.push({ name: 'a harness test without a record', result: () => ({ state: 'passed', errors: [] }), diagnostic: () => ({ duration: 1 }), meta: () => ({}) } as never);
  const module = { moduleId: '/suites/x.test.ts', children: { allTests: () => tests[Symbol.iterator]() } } as unknown as TestModule;
  const outDir = mkdtempSync(join(tmpdir(), 'tcconform-report-'));
  new TcconformReporter({ outDir, meta: syntheticRun() }).onTestRunEnd([module], []);
  const model = JSON.parse(readFileSync(join(outDir, 'results.json'), 'utf8')) as ResultsModel;
  rmSync(outDir, { recursive: true, force: true });
  return model;
}

/** The schema with every declared object closed: a real model must not carry undocumented properties. */
function closed(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(closed);
  if (typeof schema !== 'object' || schema === null) return schema;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(schema)) out[k] = k === 'properties' ? Object.fromEntries(Object.entries(v as object).map(([p, s]) => [p, closed(s)])) : closed(v);
  if ('properties' in out && !('additionalProperties' in out)) out['additionalProperties'] = false;
  return out;
}

describe('results-model.schema.json', () => {
  const { baseline, current } = driftScenario(30, true);
  const models: Record<string, ResultsModel> = {
    'written by the vitest reporter': reporterModel(),
    'synthetic, hostile text': current,
    'with drift': applyDrift(current, { model: baseline, source: 'b.json' }),
    merged: mergeResults([baseline, current]).model,
  };
  const strict = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true }).compile(closed(resultsModelSchema) as object);

  it.each(Object.keys(models))('validates a real model (%s), with every property documented', (name) => {
    const model = models[name]!;
    expect(validateResults(model)).toEqual({ ok: true, value: model });
    expect(strict(JSON.parse(JSON.stringify(model))), JSON.stringify(strict.errors?.slice(0, 3))).toBe(true);
  });

  it('the reporter model holds every status and the harness case', () => {
    expect(models['written by the vitest reporter']!.totals).toEqual({ passed: 2, failed: 1, skipped: 1, errored: 1 });
  });

  it('enumerates the same checks and drift kinds as the code', () => {
    const defs = (resultsModelSchema as { $defs: Record<string, { enum?: unknown[]; properties?: Record<string, { enum?: unknown[] }> }> }).$defs;
    // The catalogue's names first; the names other judges add follow (the SDK gate's: sdk/sdk-finding.test.ts).
    expect(defs['checkName']?.enum?.slice(0, checkNames.length)).toEqual([...checkNames]);
    expect([...(defs['drift']?.properties?.['kind']?.enum ?? [])].sort()).toEqual([...driftKinds].sort());
  });

  it('rejects a malformed results.json with one precise line naming the file', () => {
    const good = JSON.stringify(models['with drift']);
    const bad = (text: string) => { const r = parseResults(text, 'shard-2/results.json'); return r.ok ? 'ok' : r.error; };
    expect(bad('{"schemaVersion": 1,')).toMatch(/^shard-2\/results\.json: not valid JSON \(.+\)$/);
    expect(bad('[]')).toBe('shard-2/results.json: not a tcconform results file: the top level must be object');
    expect(bad(good.replace('"schemaVersion":1', '"schemaVersion":7'))).toBe('shard-2/results.json: not a tcconform results file: written with results schema version 7; this tcconform reads version 1');
    expect(bad(good.replace('"status":"passed"', '"status":"green"'))).toMatch(/^shard-2\/results\.json: not a tcconform results file: \/cases\/\d+\/status must be equal to one of the allowed values \(passed, failed, skipped, errored\)$/);
    expect(bad(good.replace(/"totals":\{[^}]*\},/, ''))).toBe("shard-2/results.json: not a tcconform results file: the top level must have required property 'totals'");
    expect(bad(good)).toBe('ok');
  });
});
