// The gate catches a broken SDK: each doctored copy of the installed SDK (a realistic regression patched into its
// JavaScript or .d.ts) fails the gate, under the right check, in the calling styles it breaks and only those.
import { afterAll, describe, expect, it } from 'vitest';
import type { CaseKind } from '../cases/sdk-case.ts';
import { exitCodeOf } from '../results/gate-verdict.ts';
import { sdkResultsFile } from '../results/sdk-results-file.ts';
import { doctorSdk, DOCTORINGS, type DoctoredSdk } from '../testing/doctor-sdk.ts';
import { runGate } from './run-gate.ts';

for (const name of ['http_proxy', 'HTTP_PROXY', 'https_proxy', 'HTTPS_PROXY']) delete process.env[name];

const copies: DoctoredSdk[] = [];
afterAll(() => copies.forEach((c) => c.remove()));

/** Runs a narrowed gate on a doctored copy; returns failing styles by finding title, and the verdict's exit code. */
async function gateOn(doctoring: keyof typeof DOCTORINGS, operations: string[], styles: string[], kinds: CaseKind[]) {
  const copy = doctorSdk(DOCTORINGS[doctoring]);
  copies.push(copy);
  const gate = await runGate({ sdk: copy.root, operations, styles, kinds, model: false });
  if (!gate.ok) throw new Error(gate.error.message);
  const file = sdkResultsFile(gate.value);
  const named = new Map<string, Set<string>>();
  for (const c of file.cases) for (const f of c.findings) named.set(`${f.check}: ${f.title}`, (named.get(`${f.check}: ${f.title}`) ?? new Set()).add(c.style));
  const passing = new Set(file.cases.filter((c) => c.status === 'passed').map((c) => `${c.operation} ${c.style} ${c.check}`));
  return { file, named: Object.fromEntries([...named].map(([k, v]) => [k, [...v].sort()])), passing, exit: exitCodeOf(file.verdict) };
}

describe('doctored SDKs fail the gate, named', () => {
  it('a wrong API version in lighthouse_client.js', async () => {
    const r = await gateOn('wrongVersion', ['lighthouse.ShareBlueprintAcrossAccounts', 'cvm.ModifyImageSharePermission'], ['tc3-post-json', 'v1-hmacsha1-get'], ['value']);
    expect(r.exit).toBe(1);
    expect(r.named).toEqual({ 'sdk_wire_conformance: Wrong version': ['tc3-post-json', 'v1-hmacsha1-get'] });
    expect(r.file.cases.find((c) => c.findings.length > 0)?.findings[0]?.detail).toBe('sent 2020-03-23, expected 2020-03-24');
    expect(r.passing.has('cvm.ModifyImageSharePermission tc3-post-json sdk_wire_conformance')).toBe(true);
  });
  it('a dropped parameter (zero values skipped in the v1 path)', async () => {
    const r = await gateOn('droppedZero', ['lighthouse.DescribeBlueprints'], ['tc3-post-json', 'v1-hmacsha256-get', 'v1-hmacsha256-post-form'], ['value']);
    expect(r.exit).toBe(1);
    expect(r.named).toEqual({ 'sdk_wire_conformance: Parameter Offset dropped': ['v1-hmacsha256-get', 'v1-hmacsha256-post-form'] });
  });
  it('arrays not flattened in the v1 GET path', async () => {
    const r = await gateOn('arraysNotFlattened', ['lighthouse.ShareBlueprintAcrossAccounts'], ['tc3-get-query', 'v1-hmacsha1-get'], ['value']);
    expect(r.exit).toBe(1);
    expect(r.named).toEqual({ 'sdk_wire_conformance: Array AccountIds not flattened': ['v1-hmacsha1-get'] });
  });
  it('the error code not mapped onto TencentCloudSDKHttpException', async () => {
    const r = await gateOn('codeNotMapped', ['lighthouse.CancelShareBlueprintAcrossAccounts', 'cvm.DescribeImages'], ['tc3-post-json', 'v1-hmacsha256-get'], ['error']);
    expect(r.exit).toBe(1);
    expect(r.named).toEqual({ 'sdk_error_mapping: Error code not mapped': ['tc3-post-json', 'v1-hmacsha256-get'] });
    expect(r.file.cases.filter((c) => c.check === 'sdk_error_mapping').every((c) => c.status === 'failed')).toBe(true);
  });
  it('the TC3 signature computed over the wrong host', async () => {
    const r = await gateOn('signsWrongHost', ['lighthouse.ShareBlueprintAcrossAccounts'], ['tc3-post-json', 'tc3-post-json-intl', 'v1-hmacsha256-get'], ['value']);
    expect(r.exit).toBe(1);
    expect(r.named).toEqual({ 'sdk_wire_conformance: Signature does not verify': ['tc3-post-json', 'tc3-post-json-intl'] });
  });
  it('reqTimeout ignored in the v1 path: slow and stalled answers hang', async () => {
    const r = await gateOn('timeoutIgnoredV1', ['cvm.DescribeImages'], ['tc3-post-json', 'v1-hmacsha1-get'], ['robustness']);
    expect(r.exit).toBe(1);
    expect(r.named).toEqual({ 'sdk_robustness: Hangs on slow-answer': ['v1-hmacsha1-get'], 'sdk_robustness: Hangs on stalled-body': ['v1-hmacsha1-get'] });
  });
  it('an SDK that never settles: hangs are findings, and the gate stops calling after three in a row', async () => {
    const copy = doctorSdk([{ file: 'tencentcloud/common/abstract_client.js', find: 'async request(action, req, options, cb) {', replace: 'async request(action, req, options, cb) { await new Promise(() => {});' }]);
    copies.push(copy);
    const gate = await runGate({ sdk: copy.root, operations: ['cvm.DescribeImages'], kinds: ['value'], model: false, reqTimeout: 0.1, hangGraceMs: 200 });
    if (!gate.ok) throw new Error(gate.error.message);
    const file = sdkResultsFile(gate.value);
    expect(exitCodeOf(file.verdict)).toBe(1);
    expect(file.cases.filter((c) => c.check === 'sdk_value_conformance').map((c) => c.findings[0]?.title)).toEqual(Array(3).fill('No result for a success answer'));
    expect(file.cases.at(-1)).toMatchObject({ id: 'sdk.gate#not-run', status: 'errored', fault: expect.stringMatching(/^4 call\(s\) to the mock not run/) });
  });
  it('a required request field dropped from the .d.ts models', async () => {
    const copy = doctorSdk(DOCTORINGS.modelDropsAccountIds);
    copies.push(copy);
    const gate = await runGate({ sdk: copy.root, kinds: [] });
    if (!gate.ok) throw new Error(gate.error.message);
    const failed = gate.value.records.filter((c) => c.status === 'failed');
    expect(failed.map((c) => [c.check, c.operation, c.findings[0]?.title])).toEqual([['sdk_model_conformance', 'lighthouse.ShareBlueprintAcrossAccounts', 'request AccountIds: missing']]);
  });
});
