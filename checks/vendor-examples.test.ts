// Every official example of both sites (the committed extract specs/vendor/examples.json) is a test vector: its
// request is accepted by the generated request validator, its response by every per-exchange check judged by its
// site's contract — or it is a listed doc defect, with the reason, and found to be one.
import { describe, expect, it } from 'vitest';
import { parseEnvelope } from '../core/parse-envelope.ts';
import type { Exchange } from '../core/types.ts';
import { unflatten } from '../core/unflatten.ts';
import { operationByKey } from '../generated/operations.ts';
import { validatorFor } from '../generated/validators.ts';
import { EXAMPLE_DEFECTS } from '../specs/lint/vendor/example-defects.ts';
import { exampleParams, loadExampleVectors } from '../specs/lint/vendor/example-vectors.ts';
import { runChecks } from './run-checks.ts';

const vectors = await loadExampleVectors(new URL('../specs/vendor/examples.json', import.meta.url).pathname);
const defect = (id: string, part: 'request' | 'response') => EXAMPLE_DEFECTS.find((d) => d.example === id && d.part === part);

/** Problems the generated request validator finds in the example's request (JSON, or query coerced as the mock does). */
function requestProblems(id: string): string[] {
  const v = vectors.find((x) => x.id === id)!;
  const op = operationByKey(v.operation);
  const params = exampleParams(v.example);
  if (Array.isArray(params)) {
    const built = unflatten(params);
    if (!built.ok) return [built.error];
    const validate = validatorFor(`${op.key}.requestCoerced`);
    return validate(structuredClone(built.value)) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
  }
  const validate = validatorFor(op.requestValidator);
  return validate(params) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}

/** Findings of every per-exchange check on the example's response, judged by its site's contract. */
function responseProblems(id: string): string[] {
  const v = vectors.find((x) => x.id === id)!;
  const text = v.example.response.raw ?? JSON.stringify(v.example.response.body);
  const exchange: Exchange = { url: `https://${v.example.request.host}/`, request: { method: 'POST', path: '/', headers: {}, body: '{}' },
    response: { status: 200, headers: { 'content-type': 'application/json' }, body: text }, timings: { startedAt: '', totalMs: 1 } };
  const verdict = runChecks({ operation: operationByKey(v.operation), exchange, envelope: parseEnvelope(text), expectation: { kind: 'success' },
    caseCheck: 'positive_data_acceptance', docs: [], site: v.example.site });
  return [...verdict.findings.map((f) => `${f.check}: ${f.detail ?? f.title}`), ...(verdict.fault ? [`fault: ${verdict.fault}`] : [])];
}

describe('the vendor examples as test vectors', () => {
  it('are every example of both sites, for all eight actions', () => {
    expect(vectors).toHaveLength(20);
    expect(new Set(vectors.map((v) => v.operation)).size).toBe(8);
    expect(new Set(vectors.map((v) => v.example.site))).toEqual(new Set(['china', 'intl']));
  });

  it('list only defects of examples that exist', () => {
    for (const d of EXAMPLE_DEFECTS) expect(vectors.map((v) => v.id), d.example).toContain(d.example);
  });

  describe.each(vectors.map((v) => [v.id] as const))('%s', (id) => {
    it(defect(id, 'request') ? `request: doc defect (${defect(id, 'request')!.why})` : 'request is accepted by the generated validator', () => {
      const problems = requestProblems(id);
      if (defect(id, 'request')) expect(problems, 'a listed defect must be one').not.toEqual([]);
      else expect(problems).toEqual([]);
    });
    it(defect(id, 'response') ? `response: doc defect (${defect(id, 'response')!.why})` : 'response passes every check on its site', () => {
      const problems = responseProblems(id);
      if (defect(id, 'response')) expect(problems, 'a listed defect must be one').not.toEqual([]);
      else expect(problems).toEqual([]);
    });
  });
});
