// The reconciliation of the specs with the committed vendor extract: no silent difference, every decision cited,
// and silent differences, stale decisions and a malformed extract found on doctored copies.
import { describe, expect, it } from 'vitest';
import { buildModel } from '../../model/build-model.ts';
import { parseSpecFiles } from '../../model/parse-spec-files.ts';
import type { SpecModel } from '../../model/spec-model.ts';
import { specTexts } from '../../../generators/test-specs.ts';
import { formatReconciliation } from './format-reconciliation.ts';
import { reconcile } from './reconcile.ts';
import { loadVendorExtracts, parseExtract } from './vendor-extract.ts';

// Free-form YAML being doctored: any keeps the edits short.
type Doc = Record<string, any>;

const parsed = parseSpecFiles(specTexts());
if (!parsed.ok) throw new Error(parsed.error.join('\n'));
const loaded = await loadVendorExtracts(new URL('../../vendor', import.meta.url).pathname);
if (!loaded.ok) throw new Error(loaded.error);
const extracts = loaded.value;

function doctored(change: (docs: Record<string, Doc>) => void): SpecModel {
  const files = parsed.ok ? parsed.value : [];
  const docs: Record<string, Doc> = Object.fromEntries(files.map((f) => [f.name, structuredClone(f.doc) as Doc]));
  change(docs);
  const model = buildModel(files.map((f) => ({ ...f, doc: docs[f.name] as Doc })));
  if (!model.ok) throw new Error(model.error.join('\n'));
  return model.value;
}

const LH = 'lighthouse-2020-03-24.yaml';
const CVM = 'cvm-2017-03-12.yaml';
const op = (docs: Record<string, Doc>, file: string, action: string): Doc => docs[file]!['paths'][`/#X-TC-Action=${action}`]['post'];

describe('the specs against the vendor extract', () => {
  const result = reconcile(doctored(() => {}), extracts);

  it('covers all eight actions with no silent difference', () => {
    expect(new Set(result.rows.map((r) => r.operation)).size).toBe(8);
    expect(result.findings).toEqual([]);
    expect(result.rows.filter((r) => r.status === 'differs')).toEqual([]);
  });

  it('cites sources for every decision and every vendor fact', () => {
    for (const row of result.rows.filter((r) => r.status === 'decision')) expect(row.decision?.docs.length, row.key).toBeGreaterThan(0);
    for (const row of result.rows.filter((r) => r.vendor !== '-' && r.vendor !== 'no')) expect(row.sources.join(' '), row.key).toMatch(/@[0-9a-f]{8}:|@\d/);
  });

  it('compares every documented error code of every action, observers included', () => {
    const codes = result.rows.filter((r) => / code .* documented$/.test(r.key));
    expect(codes.filter((r) => r.operation === 'lighthouse.DescribeBlueprints')).toHaveLength(23);
    expect(codes.filter((r) => r.operation === 'cvm.DescribeImages')).toHaveLength(18);
    expect(codes.filter((r) => r.operation === 'cvm.DescribeImageSharePermission')).toHaveLength(7);
    expect(codes.filter((r) => r.operation === 'lighthouse.DescribeBlueprintsShareAcrossAccountInfos')).toHaveLength(5);
    expect(codes.every((r) => r.status === 'agree')).toBe(true);
  });

  it('prints a summary line and one line per operation', () => {
    const text = formatReconciliation(result.rows);
    expect(text.split('\n')[0]).toMatch(/^Vendor reconciliation \(specs\/vendor\/\*\.json\): \d+ facts, \d+ agree, \d+ cited decisions, 0 silent differences$/);
    expect(text).toContain('non-empty-lists [lh-metadata, lh-share-page, lh-cancel-page]');
    const all = formatReconciliation(result.rows, true);
    expect(all.split('\n').length).toBe(1 + 8 + result.rows.length);
    expect(all).toContain('    - code InvalidParameter.ParameterConflict documented: vendor yes, spec yes → agree [goSdk: TencentCloud/tencentcloud-sdk-go@144f6c8d:');
  });
});

describe('differences are found', () => {
  it('a limit no source states (maxItems on DescribeImages ImageIds)', () => {
    const r = reconcile(doctored((d) => (d[CVM]!['components']['schemas']['DescribeImagesRequest']['properties']['ImageIds']['maxItems'] = 100)), extracts);
    expect(r.findings.map((f) => f.message)).toEqual(['cvm.DescribeImages request ImageIds maxItems: vendor -, spec 100 — align the spec or record a cited decision']);
  });

  it('a documented code left out, a code the vendor does not list, a required flag and a nullability changed', () => {
    const r = reconcile(doctored((d) => {
      delete op(d, LH, 'DescribeBlueprints')['x-tc-error-codes']['InvalidParameter.ParameterConflict'];
      op(d, LH, 'DescribeBlueprints')['x-tc-rules'] = [];
      op(d, LH, 'DescribeBlueprints')['x-tc-limits']['exclusive']['codes'] = [];
      op(d, CVM, 'DescribeImages')['x-tc-error-codes']['InvalidParameterValue.Made'] = { description: 'x', 'x-tc-doc': 'cvm-metadata' };
      d[CVM]!['components']['schemas']['Image']['required'] = ['ImageId'];
      d[LH]!['components']['schemas']['Blueprint']['properties']['Description'] = { type: 'string' };
    }), extracts);
    const keys = r.rows.filter((x) => x.status === 'differs').map((x) => x.key);
    expect(keys).toContain('lighthouse.DescribeBlueprints code InvalidParameter.ParameterConflict documented');
    expect(keys).toContain('cvm.DescribeImages code InvalidParameterValue.Made documented');
    expect(keys).toContain('cvm.DescribeImages response ImageSet[].OsName required');
    expect(keys).toContain('lighthouse.DescribeBlueprints response BlueprintSet[].Description nullable');
  });

  it('a filter name the vendor does not list', () => {
    const r = reconcile(doctored((d) => d[CVM]!['components']['schemas']['DescribeImagesRequest']['properties']['Filters']['x-tc-filter-names'].push('zone')), extracts);
    expect(r.findings.map((f) => f.message)).toEqual([
      'cvm.DescribeImages request Filters filterNames: vendor image-id|image-type|image-name|platform|tag-key|tag-value|tag:tag-key|dedicated-cluster-id|cdc-cache-status, spec image-id|image-type|image-name|platform|tag-key|tag-value|tag:tag-key|dedicated-cluster-id|cdc-cache-status|zone — align the spec or record a cited decision',
    ]);
  });

  it('a closed list the vendor words as "such as" (BlueprintType)', () => {
    const r = reconcile(doctored((d) => (d[LH]!['components']['schemas']['Blueprint']['properties']['BlueprintType']['enum'] = ['APP_OS', 'PURE_OS'])), extracts);
    expect(r.findings.map((f) => f.message)).toEqual(['lighthouse.DescribeBlueprints response BlueprintSet[].BlueprintType values: vendor open, spec closed APP_OS|PURE_OS — align the spec or record a cited decision']);
  });

  it('a decision that names no difference, and a product without extract', () => {
    const r = reconcile(doctored((d) => d[CVM]!['x-tc-vendor-decisions'][0]['facts'].push('DescribeImages request Limit maximum')), extracts);
    expect(r.findings.map((f) => f.message)).toEqual(['decision names DescribeImages request Limit maximum, which is no difference between spec and extract']);
    expect(reconcile(doctored(() => {}), extracts.filter((e) => e.product === 'cvm')).findings.map((f) => f.message)).toEqual(['no vendor extract for lighthouse 2020-03-24 in specs/vendor/']);
  });

  it('an extract citing a source it does not list is refused', () => {
    const bad = { product: 'cvm', version: '2017-03-12', sources: {}, actions: { A: { sites: [], src: ['tccli'], errorCodes: { codes: [], src: [] }, request: {}, response: {} } } };
    expect(parseExtract(JSON.stringify(bad))).toEqual({ ok: false, error: 'A cites sources not in sources: tccli' });
    expect(parseExtract('{').ok).toBe(false);
  });
});
