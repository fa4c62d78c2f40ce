import { describe, expect, it } from 'vitest';
import { conflictMarks, knownFields } from './response-fields.ts';
import { hasSiteMarks, offeredOn, openSchema, siteSchema } from './site-schema.ts';
import { siteContracts } from '../generated/site-contracts.ts';
import { validatorFor } from '../generated/validators.ts';

const item = {
  type: 'object', additionalProperties: false, required: ['A', 'Shared'],
  properties: {
    A: { type: ['string', 'null'], 'x-tc-nullable-sites': ['intl'], 'x-tc-doc-conflict': 'a-null' },
    Shared: { type: 'boolean', 'x-tc-sites': ['china'], 'x-tc-doc-conflict': 'no-shared' },
  },
};
const schema = { type: 'object', additionalProperties: false, required: ['Response'], properties: { Response: { oneOf: [
  { type: 'object', properties: { Set: { type: 'array', items: item } } },
  { type: 'object', additionalProperties: false, properties: { Error: { type: 'object', properties: { Code: { type: 'string' } } } } },
] } } };

describe('site schemas', () => {
  it('drops on one site the fields its definitions lack, from properties and required, and opens every object', () => {
    const intl = siteSchema(schema, 'intl') as typeof schema;
    const intlItem = (intl.properties.Response.oneOf[0] as { properties: { Set: { items: Record<string, unknown> } } }).properties.Set.items;
    expect(Object.keys(intlItem['properties'] as object)).toEqual(['A']);
    expect(intlItem['required']).toEqual(['A']);
    expect(JSON.stringify(intl)).not.toContain('"additionalProperties":false');
    const china = siteSchema(schema, 'china') as typeof schema;
    expect(JSON.stringify(china)).toContain('"Shared"');
    expect(JSON.stringify(openSchema(schema))).not.toContain('"additionalProperties":false');
    expect(JSON.stringify(openSchema(schema))).toContain('"Shared"');
  });

  it('knows which nodes are site-bound', () => {
    expect(hasSiteMarks(schema)).toBe(true);
    expect(hasSiteMarks({ type: 'object', properties: { A: { type: 'string' } } })).toBe(false);
    expect(offeredOn({ 'x-tc-sites': ['china'] }, 'intl')).toBe(false);
    expect(offeredOn({}, 'intl')).toBe(true);
  });

  it('lists the known fields per object path, branches merged', () => {
    expect(knownFields(siteSchema(schema, 'intl'))).toEqual({ '': ['Response'], Response: ['Error', 'Set'], 'Response.Error': ['Code'], 'Response.Set[]': ['A'] });
    expect(knownFields(siteSchema(schema, 'china'))['Response.Set[]']).toEqual(['A', 'Shared']);
  });

  it('finds the doc-conflict marks with how an answer meets them', () => {
    expect(conflictMarks(schema)).toEqual([
      { path: 'Response.Set[].A', conflict: 'a-null', nullableOn: ['intl'] },
      { path: 'Response.Set[].Shared', conflict: 'no-shared', offeredOn: ['china'] },
    ]);
  });
});

describe('generated site contracts', () => {
  it('offer DescribeBlueprintsShareAcrossAccountInfos on the China site only', () => {
    expect(siteContracts['lighthouse.DescribeBlueprintsShareAcrossAccountInfos']?.sites).toEqual(['china']);
    expect(siteContracts['lighthouse.DescribeBlueprints']?.sites).toEqual(['china', 'intl']);
  });

  it('require BlueprintShared on the China site only, and accept an unknown field on both', () => {
    const c = siteContracts['lighthouse.DescribeBlueprints'];
    if (c === undefined) throw new Error('no contract');
    const blueprint = { BlueprintId: 'lhbp-abcd1234', DisplayTitle: 't', DisplayVersion: 'v', Description: null, OsName: 'o', Platform: 'p',
      PlatformType: 'LINUX_UNIX', BlueprintType: 'PRIVATE', ImageUrl: '', RequiredSystemDiskSize: 20, BlueprintState: 'NORMAL', CreatedTime: null,
      BlueprintName: 'n', SupportAutomationTools: true, RequiredMemorySize: 1, ImageId: null, CommunityUrl: '', GuideUrl: '', SceneIdSet: null, DockerVersion: null, NewField: 1 };
    const body = { Response: { TotalCount: 1, BlueprintSet: [blueprint], RequestId: '6f2b2a3e-3a64-4a45-9d2a-2f0d4f6c1a11' }, Extra: true };
    expect(validatorFor(c.responseValidator.intl)(body)).toBe(true);
    expect(validatorFor(c.responseValidator.china)(body)).toBe(false);
    expect(validatorFor(c.responseValidator.china)({ ...body, Response: { ...body.Response, BlueprintSet: [{ ...blueprint, BlueprintShared: false }] } })).toBe(true);
  });
});
