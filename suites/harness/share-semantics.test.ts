import { describe, expect, it } from 'vitest';
import { operations } from '../../generated/operations.ts';
import { SHARE_SEMANTICS, fixtureForm, namedHolders, namedLines, reverseOf, shareLists } from './share-semantics.ts';

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

  it('undoes the nearest valid request of one a target should have refused', () => {
    const cancels = (op: string, p: Record<string, unknown>) => reverseOf(op, 'r', p).map((u) => u.params);
    // A lower-case or unknown Permission is undone as a SHARE; one that reads as CANCEL needs no undo.
    expect(cancels('lighthouse.ModifyImageSharePermission', { ImageId: 'img-1', Permission: 'share' })).toEqual([{ ImageId: 'img-1', Permission: 'CANCEL' }]);
    expect(cancels('cvm.ModifyImageSharePermission', { ImageId: 'img-1', AccountIds: ['1'], Permission: 'Shar3' })).toHaveLength(1);
    expect(cancels('cvm.ModifyImageSharePermission', { ImageId: 'img-1', AccountIds: ['1'], Permission: 'CANEL' })).toEqual([]);
    // Every named account of an over-limit share, the caller's own included, one undo each.
    const eleven = Array.from({ length: 11 }, (_, i) => String(100 + i));
    expect(cancels('lighthouse.ShareBlueprintAcrossAccounts', { BlueprintId: 'lhbp-1', AccountIds: eleven })).toHaveLength(11);
    // A lone ID where a list belongs, and an ID in another case.
    expect(cancels('lighthouse.ShareBlueprintAcrossAccounts', { BlueprintId: ' LHBP-1', AccountIds: '5' })).toEqual([
      { BlueprintId: ' LHBP-1', AccountIds: ['5'] }, { BlueprintId: 'lhbp-1', AccountIds: ['5'] }]);
  });

  it('names the holders protection is checked against', () => {
    expect(namedHolders('lighthouse.CancelShareBlueprintAcrossAccounts', { BlueprintId: 'lhbp-1', AccountIds: ['7', 3, null] })).toEqual(['7', '3']);
    expect(namedHolders('lighthouse.ModifyImageSharePermission', { ImageId: 'img-1', Permission: 'CANCEL' })).toEqual(['img-1']);
  });

  it('says which action judges the form of each fixture ID', () => {
    expect(fixtureForm('blueprintId')).toEqual({ operation: 'lighthouse.ShareBlueprintAcrossAccounts', param: 'BlueprintId' });
    expect(fixtureForm('imageId').param).toBe('ImageId');
    expect(fixtureForm('account').param).toBe('AccountIds');
  });
});

describe('namedLines', () => {
  it('names each account of each resource as the read-back writes its lines, and any holder of a resource shared whole', () => {
    expect(namedLines('cvm.ModifyImageSharePermission', { ImageId: 'img-1', AccountIds: ['1', 2], Permission: 'CANCEL' }))
      .toEqual(['image img-1 shared-with 1', 'image img-1 shared-with 2']);
    expect(namedLines('lighthouse.ShareBlueprintAcrossAccounts', { BlueprintId: ' LHBP-1', AccountIds: ['1'] }))
      .toEqual(['blueprint  LHBP-1 shared-with 1', 'blueprint lhbp-1 shared-with 1']);
    expect(namedLines('lighthouse.ModifyImageSharePermission', { ImageId: 'img-1', Permission: 'SHARE' })).toEqual(['lighthouse-image img-1 shared-with *']);
    expect(namedLines('lighthouse.DescribeBlueprints', { BlueprintIds: ['lhbp-1'] })).toEqual([]);
  });
});
