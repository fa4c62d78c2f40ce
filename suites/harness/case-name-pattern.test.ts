import { describe, expect, it } from 'vitest';
import { caseNamePattern } from './case-name-pattern.ts';

const name = (id: string) => `negative_data_rejection: some title [${id}]`;
const matches = (p: string | undefined, id: string) => p === undefined || new RegExp(p).test(name(id));

describe('caseNamePattern', () => {
  it('selects nothing out when no filter is given', () => {
    expect(caseNamePattern([], [], '')).toBeUndefined();
  });
  it('filters by product, action and any part of the case id', () => {
    const p = caseNamePattern(['cvm'], ['ModifyImageSharePermission'], '');
    expect(matches(p, 'cvm.ModifyImageSharePermission.negative.AccountIds.each.malformed-id')).toBe(true);
    expect(matches(p, 'cvm.DescribeImages.positive.all')).toBe(false);
    expect(matches(p, 'lighthouse.ModifyImageSharePermission.rule.lmodify.shareable')).toBe(false);
    const q = caseNamePattern([], [], '.auth.');
    expect(matches(q, 'lighthouse.DescribeBlueprints.auth.bad-signature-tc3')).toBe(true);
    expect(matches(q, 'lighthouse.DescribeBlueprints.protocol.method')).toBe(false);
    const r = caseNamePattern(['lighthouse'], [], 'state.share-model');
    expect(matches(r, 'lighthouse.ShareBlueprintAcrossAccounts.state.share-model')).toBe(true);
    expect(matches(r, 'cvm.ModifyImageSharePermission.state.share-model')).toBe(false);
  });
  it('treats filter text literally', () => {
    expect(matches(caseNamePattern([], [], 'a.b'), 'cvm.DescribeImages.aXb')).toBe(false);
  });
});
