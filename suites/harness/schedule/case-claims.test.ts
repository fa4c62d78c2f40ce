import { describe, expect, it } from 'vitest';
import { caseClaims, resourceKey } from './case-claims.ts';
import type { RegionFixtures } from '../../../core/fixtures.ts';

const fixtures: RegionFixtures = {
  lighthouse: { blueprintId: 'lhbp-aaaa1111', imageId: 'img-shared01' },
  cvm: { imageId: 'img-shared01' },
};
const op = (key: string) => ({ key, product: key.split('.')[0] as string });
const claims = (key: string, check: string, safety: 'read-only' | 'negative' | 'mutating') =>
  caseClaims({ operation: op(key), check, safety, region: 'ap-guangzhou', fixtures });

describe('case claims', () => {
  it('a mutating case holds its action\'s fixture resource exclusively, a negative one shares it', () => {
    expect(claims('lighthouse.ShareBlueprintAcrossAccounts', 'positive_data_acceptance', 'mutating')).toEqual([{ key: resourceKey('ap-guangzhou', 'blueprint', 'lhbp-aaaa1111'), mode: 'exclusive' }]);
    expect(claims('lighthouse.CancelShareBlueprintAcrossAccounts', 'negative_data_rejection', 'negative')).toEqual([{ key: resourceKey('ap-guangzhou', 'blueprint', 'lhbp-aaaa1111'), mode: 'shared' }]);
  });

  it('one image is one resource whichever product names it', () => {
    const lh = claims('lighthouse.ModifyImageSharePermission', 'state_conformance', 'mutating');
    const cvm = claims('cvm.ModifyImageSharePermission', 'negative_data_rejection', 'negative');
    expect(lh[0]?.key).toBe(cvm[0]?.key);
  });

  it('observer cases hold nothing unless they judge state', () => {
    expect(claims('cvm.DescribeImages', 'positive_data_acceptance', 'read-only')).toEqual([]);
    expect(claims('lighthouse.DescribeBlueprints', 'state_conformance', 'read-only').map((c) => c.mode)).toEqual(['exclusive', 'exclusive']);
  });

  it('a rate-limit case takes its action\'s bucket to itself and no resource', () => {
    expect(claims('cvm.ModifyImageSharePermission', 'rate_limit_conformance', 'negative')).toEqual([{ key: 'bucket/cvm.ModifyImageSharePermission', mode: 'exclusive' }]);
  });

  it('a product without fixtures holds nothing', () => {
    expect(caseClaims({ operation: op('cvm.ModifyImageSharePermission'), check: 'state_conformance', safety: 'mutating', region: 'r', fixtures: { lighthouse: {} } })).toEqual([]);
  });
});
