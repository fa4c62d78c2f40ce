import { describe, expect, it } from 'vitest';
import { caseClaims, fixtureParts, fixtureStateKey, wholeFixtureState } from './case-claims.ts';

const claims = (id: string, safety: 'read-only' | 'mutating', check: string, caseSafety: 'read-only' | 'negative' | 'mutating' = 'negative') =>
  caseClaims({ id, operation: { key: id.split('.').slice(0, 2).join('.'), safety }, check, safety: caseSafety, region: 'ap-guangzhou' });

describe('case claims', () => {
  it('the fixture state has one part per share list: blueprints shared with accounts, CVM images shared with accounts, images shared into Lighthouse', () => {
    expect(fixtureParts()).toEqual(['lighthouse.BlueprintId', 'lighthouse.ImageId', 'cvm.ImageId']);
    expect(wholeFixtureState('ap-guangzhou', 'shared').map((c) => c.key)).toEqual(['lighthouse.BlueprintId', 'lighthouse.ImageId', 'cvm.ImageId'].map((p) => fixtureStateKey('ap-guangzhou', p)));
  });

  it('a state case holds the fixture state exclusively from its start', () => {
    expect(claims('cvm.ModifyImageSharePermission.state.share-model', 'mutating', 'state_conformance', 'mutating')).toEqual(wholeFixtureState('ap-guangzhou', 'exclusive'));
  });

  it('observer probes that go on to judge consistency share the fixture state; observer properties hold nothing', () => {
    expect(claims('lighthouse.DescribeBlueprints.positive.page', 'read-only', 'positive_data_acceptance', 'read-only')).toEqual(wholeFixtureState('ap-guangzhou', 'shared'));
    expect(claims('lighthouse.DescribeBlueprints.positive.generated', 'read-only', 'positive_data_acceptance', 'read-only')).toEqual([]);
    expect(claims('cvm.DescribeImages.negative.Limit.over-limit', 'read-only', 'limit_conformance')).toEqual([]);
  });

  it('a case of a mutating action takes nothing up front (it takes the fixture state when it first names a fixture resource)', () => {
    expect(claims('lighthouse.ShareBlueprintAcrossAccounts.positive.one-account', 'mutating', 'positive_data_acceptance', 'mutating')).toEqual([]);
    expect(claims('lighthouse.ShareBlueprintAcrossAccounts.negative.AccountIds.malformed-id', 'mutating', 'negative_data_rejection')).toEqual([]);
  });

  it('a case whose spec says it compares reads (request forms that must agree) shares the fixture state from its start', () => {
    const input = { id: 'cvm.DescribeImageSharePermission.protocol.forms-agree', operation: { key: 'cvm.DescribeImageSharePermission', safety: 'read-only' }, check: 'protocol_conformance', safety: 'negative' as const, region: 'ap-guangzhou' };
    expect(caseClaims({ ...input, comparesReads: true })).toEqual(wholeFixtureState('ap-guangzhou', 'shared'));
    expect(caseClaims(input)).toEqual([]);
  });

  it('a rate-limit case takes its action\'s bucket to itself and nothing else', () => {
    expect(claims('cvm.ModifyImageSharePermission.rate.limit', 'mutating', 'rate_limit_conformance')).toEqual([{ key: 'bucket/cvm.ModifyImageSharePermission', mode: 'exclusive' }]);
  });
});
