import { describe, expect, it } from 'vitest';
import { operationByKey } from '../../generated/operations.ts';
import { siteSkipReason } from './site-skip.ts';

const spec = (key: string, safety: 'read-only' | 'negative' | 'mutating') => ({ operation: operationByKey(key), safety });

describe('siteSkipReason', () => {
  it('judges everything on the China site', () => {
    for (const key of ['lighthouse.DescribeBlueprintsShareAcrossAccountInfos', 'lighthouse.ShareBlueprintAcrossAccounts', 'cvm.ModifyImageSharePermission']) {
      expect(siteSkipReason(spec(key, 'mutating'), 'china')).toBeUndefined();
    }
  });

  it('skips on the intl site an action its definitions lack, whatever the case does', () => {
    expect(siteSkipReason(spec('lighthouse.DescribeBlueprintsShareAcrossAccountInfos', 'read-only'), 'intl')).toMatch(/intl site's definitions have no DescribeBlueprintsShareAcrossAccountInfos/);
  });

  it('skips on the intl site cases that may change a blueprint share list it cannot read back, and nothing else', () => {
    expect(siteSkipReason(spec('lighthouse.ShareBlueprintAcrossAccounts', 'negative'), 'intl')).toMatch(/offers no DescribeBlueprintsShareAcrossAccountInfos to read the shares back/);
    expect(siteSkipReason(spec('lighthouse.CancelShareBlueprintAcrossAccounts', 'mutating'), 'intl')).toMatch(/neither confirmed nor undone/);
    expect(siteSkipReason(spec('lighthouse.ShareBlueprintAcrossAccounts', 'read-only'), 'intl')).toBeUndefined();
    expect(siteSkipReason(spec('lighthouse.ModifyImageSharePermission', 'mutating'), 'intl')).toBeUndefined();
    expect(siteSkipReason(spec('cvm.ModifyImageSharePermission', 'mutating'), 'intl')).toBeUndefined();
  });
});
