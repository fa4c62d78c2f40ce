// The installed tencentcloud-sdk-nodejs passes the whole gate: every action, every calling style, every
// documented error code made to happen by the mock, every malformed answer, and the model comparison.
import { beforeAll, describe, expect, it } from 'vitest';
import { operations } from '../../generated/operations.ts';
import { callingStyles, hostFor } from '../calls/calling-styles.ts';
import { sdkResultsFile, type SdkResultsFile } from '../results/sdk-results-file.ts';
import { runGate } from './run-gate.ts';

for (const name of ['http_proxy', 'HTTP_PROXY', 'https_proxy', 'HTTPS_PROXY']) delete process.env[name];

let file: SdkResultsFile;
beforeAll(async () => {
  const gate = await runGate();
  if (!gate.ok) throw new Error(gate.error.message);
  file = sdkResultsFile(gate.value);
}, 120_000);

describe('the installed SDK', () => {
  it('passes: nothing failed, nothing errored', () => {
    const bad = file.cases.filter((c) => c.status !== 'passed').map((c) => `${c.id}: ${c.message ?? ''}`);
    expect(bad).toEqual([]);
    expect(file.verdict).toBe('pass');
  });
  it('was driven for every action in every calling style the action has a host for', () => {
    for (const op of operations) {
      for (const style of callingStyles) {
        const cell = file.counts.byActionAndStyle[op.key]?.[style.id];
        if (hostFor(style, op.hosts) === undefined) expect(cell, `${op.key} ${style.id}`).toBeUndefined();
        else expect(cell?.total, `${op.key} ${style.id}`).toBeGreaterThan(0);
      }
      for (const check of ['sdk_action_presence', 'sdk_wire_conformance', 'sdk_value_conformance', 'sdk_error_mapping', 'sdk_robustness', 'sdk_model_conformance']) {
        expect(file.counts.byAction[op.key]?.[check]?.total, `${op.key} ${check}`).toBeGreaterThan(0);
      }
    }
  });
  it('saw every documented error code of every action reach the SDK from the mock, not from a script', () => {
    for (const op of operations) {
      const seen = new Set(file.cases.filter((c) => c.operation === op.key && c.check === 'sdk_error_mapping').flatMap((c) => c.observed.map((o) => o.code)));
      expect(Object.keys(op.errorCodes).filter((code) => !seen.has(code)), op.key).toEqual([]);
      for (const common of ['AuthFailure.SecretIdNotFound', 'AuthFailure.SignatureFailure', 'InternalError']) expect(seen.has(common), `${op.key} ${common}`).toBe(true);
    }
    expect(file.cases.some((c) => c.id.includes('scripted'))).toBe(false);
  });
});
