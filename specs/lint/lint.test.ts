// The spec lint as part of the tests: the specs are valid, break no rule, and show exactly the known doc
// defects; and every rule fires on a copy of a spec doctored in memory.
import { describe, expect, it } from 'vitest';
import { buildModel } from '../model/build-model.ts';
import { parseSpecFiles } from '../model/parse-spec-files.ts';
import type { SpecFile, SpecModel } from '../model/spec-model.ts';
import { specTexts } from '../../generators/test-specs.ts';
import { lintRules, lintSpecs } from './lint-specs.ts';
import { loadVendorExtracts } from './vendor/vendor-extract.ts';

// Free-form YAML being doctored: any keeps the edits short.
type Doc = Record<string, any>;

const parsed = parseSpecFiles(specTexts());
if (!parsed.ok) throw new Error(parsed.error.join('\n'));
const files: readonly SpecFile[] = parsed.value;
const extracts = await loadVendorExtracts(new URL('../vendor', import.meta.url).pathname);
if (!extracts.ok) throw new Error(extracts.error);
const vendor = extracts.value;

/** The model of a copy of the specs, changed by `change` (documents by file name). */
function doctored(change: (docs: Record<string, Doc>) => void): SpecModel {
  const docs: Record<string, Doc> = Object.fromEntries(files.map((f) => [f.name, structuredClone(f.doc) as Doc]));
  change(docs);
  const model = buildModel(files.map((f) => ({ ...f, doc: docs[f.name] as Doc })));
  if (!model.ok) throw new Error(model.error.join('\n'));
  return model.value;
}

const LH = 'lighthouse-2020-03-24.yaml';
const CVM = 'cvm-2017-03-12.yaml';
const op = (docs: Record<string, Doc>, file: string, action: string): Doc => docs[file]!['paths'][`/#X-TC-Action=${action}`]['post'];
const rulesFired = (model: SpecModel): string[] => lintRules(model).map((f) => `${f.rule}: ${f.message}`);

describe('the specs', async () => {
  const result = await lintSpecs(doctored(() => {}), vendor);

  it('are valid OpenAPI 3.1 documents', () => {
    expect(result.specErrors).toEqual([]);
  });

  it('break none of their own rules', () => {
    expect(result.violations).toEqual([]);
  });

  it('show exactly the known doc defects', () => {
    expect(result.docDefects.map((d) => [d.operation, d.part, d.example, d.pointer, d.keyword, d.value])).toEqual([
      ['lighthouse.ModifyImageSharePermission', 'request', 'doc-cancel', '/Permission', 'enum', 'CANEL'],
      ['lighthouse.ModifyImageSharePermission', 'request', 'metadata-parameter-example', '/ImageId', 'pattern', 'img-dw8adx'],
    ]);
    expect(result.docDefects[0]?.why).toBe('Permission is "CANEL", which is not one of the documented values SHARE, CANCEL');
    expect(result.docDefects[0]?.specPointer).toBe(
      '/paths/~1#X-TC-Action=ModifyImageSharePermission/post/requestBody/content/application~1json/examples/doc-cancel/value/Permission',
    );
  });
});

describe('rules fire on doctored specs', () => {
  it('openapi-schema: a document OpenAPI 3.1 rejects', async () => {
    const result = await lintSpecs(doctored((d) => (op(d, CVM, 'DescribeImages')['responses'] = 5)), vendor);
    expect(result.specErrors.map((f) => `${f.file} ${f.pointer}`)).toEqual([`${CVM} /paths/~1#X-TC-Action=DescribeImages/post/responses`]);
  });

  it('action-matches-header: x-tc-action, header const, version and methods must agree', () => {
    expect(rulesFired(doctored((d) => (op(d, LH, 'ShareBlueprintAcrossAccounts')['x-tc-action'] = 'ShareBlueprint')))).toEqual([
      'action-matches-header: lighthouse.ShareBlueprint path /#X-TC-Action=ShareBlueprintAcrossAccounts does not name x-tc-action ShareBlueprint',
      'action-matches-header: lighthouse.ShareBlueprint operationId differs from x-tc-action ShareBlueprint',
      'action-matches-header: lighthouse.ShareBlueprint X-TC-Action header const is ShareBlueprintAcrossAccounts, not ShareBlueprint',
    ]);
    expect(rulesFired(doctored((d) => (d[CVM]!['components']['parameters']['VersionHeader']['schema']['const'] = '2017-03-13')))).toHaveLength(3);
    const twoMethods = doctored((d) => (d[CVM]!['paths']['/#X-TC-Action=DescribeImages']['get'] = {}));
    expect(rulesFired(twoMethods)).toEqual(['action-matches-header: cvm.DescribeImages has methods [post, get], not exactly one post']);
  });

  it('operation-facts-present: error codes, rate limit and safety are required', () => {
    // Emptied codes also leave the rules' codes undocumented (codes-documented); only this rule is asserted here.
    expect(rulesFired(doctored((d) => (op(d, LH, 'DescribeBlueprints')['x-tc-error-codes'] = {}))).filter((f) => f.startsWith('operation-facts-present'))).toEqual([
      'operation-facts-present: lighthouse.DescribeBlueprints has an empty x-tc-error-codes without an x-tc-error-codes-note',
    ]);
    expect(rulesFired(doctored((d) => delete op(d, CVM, 'ModifyImageSharePermission')['x-tc-rate-limit']))).toEqual([
      'operation-facts-present: cvm.ModifyImageSharePermission has no x-tc-rate-limit with a positive perSecond',
      'doc-provenance: cvm.ModifyImageSharePermission rate limit (not marked assumed) has no x-tc-doc',
    ]);
    expect(rulesFired(doctored((d) => (op(d, CVM, 'DescribeImages')['x-tc-safety'] = 'mutating')))).toEqual([
      'operation-facts-present: cvm.DescribeImages is an observer but not read-only',
    ]);
    expect(rulesFired(doctored((d) => delete op(d, CVM, 'DescribeImages')['x-tc-error-codes'])).filter((f) => f.startsWith('operation-facts-present'))).toEqual([
      'operation-facts-present: cvm.DescribeImages has no x-tc-error-codes',
    ]);
  });

  it('doc-provenance: statements need x-tc-doc, and every doc id must be registered', () => {
    expect(rulesFired(doctored((d) => delete op(d, LH, 'ShareBlueprintAcrossAccounts')['x-tc-rules'][0]['x-tc-doc']))).toEqual([
      'doc-provenance: lighthouse.ShareBlueprintAcrossAccounts rule share.custom-only has no x-tc-doc',
    ]);
    expect(rulesFired(doctored((d) => (op(d, LH, 'ShareBlueprintAcrossAccounts')['x-tc-doc'] = ['lh-share-page', 'lh-blog'])))).toEqual([
      'doc-provenance: doc id lh-blog is not in x-tc-doc-sources',
    ]);
    expect(rulesFired(doctored((d) => (d[CVM]!['x-tc-doc-conflicts'][0]['sources'] = ['nowhere'])))).toEqual([
      'doc-provenance: doc id nowhere is not in x-tc-doc-sources',
    ]);
  });

  it('codes-documented: every code named must be documented for the operation or common', () => {
    expect(rulesFired(doctored((d) => op(d, LH, 'ShareBlueprintAcrossAccounts')['x-tc-rules'][11]['codes'].push('InvalidParameterValue.LimitExceeded')))).toEqual([
      'codes-documented: lighthouse.ShareBlueprintAcrossAccounts rule share.max-accounts names InvalidParameterValue.LimitExceeded, which is documented neither there nor as a common code',
    ]);
    const violationCode = doctored((d) => {
      d[LH]!['components']['schemas']['ShareBlueprintAcrossAccountsRequest']['properties']['AccountIds']['x-tc-violation-codes']['over-limit'] = ['UnsupportedOperation.BlueprintHasNotShared'];
    });
    expect(rulesFired(violationCode)).toEqual([
      'codes-documented: lighthouse.ShareBlueprintAcrossAccounts violation codes for over-limit names UnsupportedOperation.BlueprintHasNotShared, which is documented neither there nor as a common code',
    ]);
    expect(rulesFired(doctored((d) => (d['common.yaml']!['x-tc-violation-codes']['too-long'] = ['InvalidParameter'])))[0]).toMatch(/is not a constraint kind/);
    expect(rulesFired(doctored((d) => d['common.yaml']!['x-tc-protocol-rules'][0]['codes'].push('OverQuota')))).toEqual([
      'codes-documented: protocol rule protocol.unknown-action names OverQuota, which is documented neither there nor as a common code',
    ]);
    expect(rulesFired(doctored((d) => d[CVM]!['x-tc-limits']['accountsPerImage']['codes'].push('ResourceNotFound.BlueprintIdNotFound')))).toEqual([
      'codes-documented: product limit accountsPerImage names ResourceNotFound.BlueprintIdNotFound, which is documented neither there nor as a common code',
    ]);
  });

  it('flow-text-intact: text a comma cut off in a flow mapping is found', () => {
    const cut = doctored((d) => (op(d, CVM, 'ModifyImageSharePermission')['x-tc-error-codes']['OverQuota'] = { description: 'The quota', 'is used up.': null, 'x-tc-doc': 'cvm-modify-page' }));
    expect(rulesFired(cut)).toEqual([
      'operation-facts-present: cvm.ModifyImageSharePermission error code OverQuota has keys other than description and x-tc-doc: is used up.',
      'flow-text-intact: "is used up." looks like text a comma cut off in a flow mapping; quote the whole value',
    ]);
  });

  it('doc defects: an example its schema rejects is found wherever it is', async () => {
    const model = doctored((d) => (op(d, LH, 'ShareBlueprintAcrossAccounts')['requestBody']['content']['application/json']['examples']['doc-share']['value']['AccountIds'] = ['70000016499X']));
    const defects = (await lintSpecs(model, vendor)).docDefects.filter((x) => x.operation === 'lighthouse.ShareBlueprintAcrossAccounts');
    expect(defects.map((x) => [x.example, x.pointer, x.why])).toEqual([
      ['doc-share', '/AccountIds/0', 'AccountIds[0] is "70000016499X", which does not have the documented form ^[0-9]{1,20}$'],
    ]);
  });
});
