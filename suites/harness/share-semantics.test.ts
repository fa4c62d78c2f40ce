import { describe, expect, it } from 'vitest';
import { operations } from '../../generated/operations.ts';
import { SHARE_SEMANTICS, fixtureForm, namedHolders, reverseOf, shareLists } from './share-semantics.ts';

describe('share-semantics table', () => {
  it('has exactly one row per mutating action of the spec', () => {
    expect(Object.keys(SHARE_SEMANTICS).sort()).toEqual(operations.filter((o) => o.safety === 'mutating').map((o) => o.key).sort());
  });

  it('reads every list back through an observer action', () => {
    const observers = new Set(operations.filter((o) => o.safety === 'read-only').map((o) => o.key));
    for (const list of shareLists()) if (list.inventory) expect(observers.has(list.inventory.op)).toBe(true);
    for (const list of shareLists()) {
      expect(operations.some((o) => o.key === list.cancel('r', 'x', ['1']).operation)).toBe(true);
      expect(operations.some((o) => o.key === list.share('r', 'x', ['1']).operation)).toBe(true);
    }
  });

  it('reverses a share per account, or the whole resource for an image shared into Lighthouse', () => {
    expect(reverseOf('cvm.ModifyImageSharePermission', 'r', { ImageId: 'img-1', AccountIds: ['1', '2'], Permission: 'SHARE' }).map((u) => u.params))
      .toEqual([{ ImageId: 'img-1', AccountIds: ['1'], Permission: 'CANCEL' }, { ImageId: 'img-1', AccountIds: ['2'], Permission: 'CANCEL' }]);
    expect(reverseOf('lighthouse.ModifyImageSharePermission', 'r', { ImageId: 'img-1', Permission: 'SHARE' })).toEqual([
      { operation: 'lighthouse.ModifyImageSharePermission', region: 'r', params: { ImageId: 'img-1', Permission: 'CANCEL' } }]);
    expect(reverseOf('lighthouse.DescribeBlueprints', 'r', {})).toEqual([]);
  });

  it('names the holders protection is checked against', () => {
    expect(namedHolders('lighthouse.CancelShareBlueprintAcrossAccounts', { BlueprintId: 'lhbp-1', AccountIds: ['7', 3] })).toEqual(['7']);
    expect(namedHolders('lighthouse.ModifyImageSharePermission', { ImageId: 'img-1', Permission: 'CANCEL' })).toEqual(['img-1']);
  });

  it('says which action judges the form of each fixture ID', () => {
    expect(fixtureForm('blueprintId')).toEqual({ operation: 'lighthouse.ShareBlueprintAcrossAccounts', param: 'BlueprintId' });
    expect(fixtureForm('imageId').param).toBe('ImageId');
    expect(fixtureForm('account').param).toBe('AccountIds');
  });
});
