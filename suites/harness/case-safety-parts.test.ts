// Which parts of the fixture state a case reads before and after its mutating requests (case-safety.ts readParts).
import { describe, expect, it } from 'vitest';
import { readParts } from './case-safety.ts';
import { fixtureResources } from './fixture-shares.ts';
import type { RunConfig } from './run-config.ts';
import type { Fixtures } from '../../core/fixtures.ts';

const fixtures = { regions: { 'ap-guangzhou': { lighthouse: { blueprintId: 'lhbp-gmain000', imageId: 'img-glhmain0' }, cvm: { imageId: 'img-gmain000' } } } } as unknown as Fixtures;
const resources = fixtureResources(fixtures, 'ap-guangzhou');
const scheduled = { schedule: { brokerUrl: 'http://127.0.0.1:1' }, target: { kind: 'endpoint' } } as unknown as RunConfig;
const alone = { target: { kind: 'mock' } } as unknown as RunConfig;
const rejudged = (recordedScheduled: boolean) => ({ target: { kind: 'recording', recordedScheduled } }) as unknown as RunConfig;

describe('readParts', () => {
  it('reads every part when cases run one at a time, and for any request the case expects to be accepted', () => {
    expect(readParts(alone, 'lighthouse.ShareBlueprintAcrossAccounts', false, resources)).toEqual(['lighthouse.BlueprintId', 'lighthouse.ImageId', 'cvm.ImageId']);
    expect(readParts(scheduled, 'lighthouse.ShareBlueprintAcrossAccounts', true, resources)).toEqual(['lighthouse.BlueprintId', 'lighthouse.ImageId', 'cvm.ImageId']);
    expect(readParts(scheduled, 'cvm.ModifyImageSharePermission', true, resources)).toEqual(['lighthouse.BlueprintId', 'lighthouse.ImageId', 'cvm.ImageId']);
  });

  it('under the concurrent scheduler, reads only its own action\'s part for a request it expects refused', () => {
    expect(readParts(scheduled, 'lighthouse.CancelShareBlueprintAcrossAccounts', false, resources)).toEqual(['lighthouse.BlueprintId']);
    expect(readParts(scheduled, 'lighthouse.ModifyImageSharePermission', false, resources)).toEqual(['lighthouse.ImageId']);
    expect(readParts(scheduled, 'cvm.ModifyImageSharePermission', false, resources)).toEqual(['cvm.ImageId']);
  });

  it('re-judging a recording reads what the recorded run read: its own part only when that run was scheduled', () => {
    expect(readParts(rejudged(true), 'lighthouse.CancelShareBlueprintAcrossAccounts', false, resources)).toEqual(['lighthouse.BlueprintId']);
    expect(readParts(rejudged(false), 'lighthouse.CancelShareBlueprintAcrossAccounts', false, resources)).toEqual(['lighthouse.BlueprintId', 'lighthouse.ImageId', 'cvm.ImageId']);
  });
});
