import { describe, expect, it } from 'vitest';
import { operationRows } from './operation-rows.ts';
import { specModel } from './test-specs.ts';

const rows = operationRows(specModel());
const row = (key: string) => rows.find((r) => r.key === key)!;

describe('deriveConstraints', () => {
  it('lists the constraints of ShareBlueprintAcrossAccounts in spec order, Region last', () => {
    expect(row('lighthouse.ShareBlueprintAcrossAccounts').constraints.map((c) => `${c.kind} ${c.param} (${c.detail})`)).toEqual([
      'missing-required BlueprintId (required)',
      'wrong-type BlueprintId (type string)',
      'malformed-id BlueprintId (pattern ^lhbp-[0-9a-z]{8}$)',
      'missing-required AccountIds (required)',
      'wrong-type AccountIds (type array)',
      'over-limit AccountIds (maxItems 10)',
      'wrong-type AccountIds[] (type string)',
      'malformed-id AccountIds[] (pattern ^[0-9]{1,20}$)',
      'unknown-parameter * (additionalProperties false)',
      'unsupported-region Region (not one of the 15 documented regions)',
    ]);
  });

  it('takes codes from the deepest x-tc-violation-codes on the way, else the common defaults', () => {
    const share = row('lighthouse.ShareBlueprintAcrossAccounts').constraints;
    const cancel = row('lighthouse.CancelShareBlueprintAcrossAccounts').constraints;
    const codes = (list: typeof share, kind: string, param: string) => list.find((c) => c.kind === kind && c.param === param)?.codes;
    expect(codes(share, 'malformed-id', 'AccountIds[]')).toEqual(['InvalidParameterValue.AccountIdsNotExist', 'InvalidParameterValue', 'InvalidParameter']);
    expect(codes(share, 'over-limit', 'AccountIds')).toEqual(['InvalidParameterValue', 'InvalidParameter', 'LimitExceeded']);
    expect(codes(cancel, 'over-limit', 'AccountIds')).toEqual(['InvalidParameterValue.LimitExceeded', 'InvalidParameterValue', 'InvalidParameter', 'LimitExceeded']);
    expect(codes(share, 'unknown-parameter', '*')).toEqual(['UnknownParameter']);
  });

  it('describes nested constraints of structured items, and undocumented regions', () => {
    const images = row('cvm.DescribeImages');
    expect(images.constraints.map((c) => `${c.kind} ${c.param}`)).toContain('missing-required Filters[].Name');
    expect(images.constraints.map((c) => `${c.kind} ${c.param}`)).toContain('unknown-parameter Filters[].*');
    expect(images.constraints.find((c) => c.kind === 'over-limit' && c.param === 'Limit')?.detail).toBe('maximum 100');
    expect(images.regions).toBeNull();
    expect(images.constraints.at(-1)?.detail).toBe('regions not documented; probed with names no product uses');
  });
});
