import { describe, expect, it } from 'vitest';
import { specModelFromTexts } from './load-specs.ts';
import { specModel, specTexts } from '../../generators/test-specs.ts';

describe('loadSpecs / specModelFromTexts', () => {
  const model = specModel();

  it('finds both products and all seven operations', () => {
    expect(model.products.map((p) => [p.product, p.service, p.version])).toEqual([
      ['cvm', 'cvm', '2017-03-12'],
      ['lighthouse', 'lighthouse', '2020-03-24'],
    ]);
    expect(model.products.flatMap((p) => p.operations.map((op) => op.key))).toEqual([
      'cvm.ModifyImageSharePermission',
      'cvm.DescribeImageSharePermission',
      'cvm.DescribeImages',
      'lighthouse.ShareBlueprintAcrossAccounts',
      'lighthouse.CancelShareBlueprintAcrossAccounts',
      'lighthouse.ModifyImageSharePermission',
      'lighthouse.DescribeBlueprintsShareAcrossAccountInfos',
      'lighthouse.DescribeBlueprints',
    ]);
  });

  it('leaves no $ref in any request or response schema (cross-file refs included)', () => {
    for (const op of model.products.flatMap((p) => p.operations)) {
      expect(JSON.stringify(op.requestSchema)).not.toContain('"$ref"');
      expect(JSON.stringify(op.responseSchema)).not.toContain('"$ref"');
    }
    const share = model.products[1]?.operations[0];
    expect(JSON.stringify(share?.requestSchema)).toContain('common.yaml#/components/schemas/AccountId');
  });

  it('collects request and response examples with their provenance and spec pointers', () => {
    const modify = model.products[1]?.operations.find((op) => op.key === 'lighthouse.ModifyImageSharePermission');
    expect(modify?.examples.map((e) => `${e.part}:${e.name}`)).toEqual([
      'request:doc-share',
      'request:doc-cancel',
      'request:metadata-parameter-example',
      'response:doc-share',
      'response:doc-cancel',
    ]);
    expect(modify?.examples[1]?.docs).toEqual(['lh-modify-page']);
    expect(modify?.examples[1]?.pointer).toBe(
      '/paths/~1#X-TC-Action=ModifyImageSharePermission/post/requestBody/content/application~1json/examples/doc-cancel/value',
    );
  });

  it('returns YAML errors and a missing common.yaml as error values', () => {
    const broken = specModelFromTexts([{ name: 'common.yaml', text: 'a: [1,' }]);
    expect(broken.ok).toBe(false);
    const noCommon = specModelFromTexts(specTexts().filter((t) => t.name !== 'common.yaml'));
    expect(noCommon.ok ? [] : noCommon.error).toEqual(['common.yaml is missing']);
  });
});
