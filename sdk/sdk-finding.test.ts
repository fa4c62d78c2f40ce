// The SDK gate's check names are check names of the results model: the schema lists them after the catalogue's.
import { describe, expect, it } from 'vitest';
import { checkNames } from '../checks/finding.ts';
import { resultsModelSchema } from '../reports/parse-results.ts';
import { sdkCheckNames, sdkFinding } from './sdk-finding.ts';

describe('the SDK gate check names', () => {
  it('follow the catalogue in the results schema, and name no catalogue check', () => {
    const schema = resultsModelSchema as { $defs: { checkName: { enum: readonly string[] } } };
    expect(schema.$defs.checkName.enum).toEqual([...checkNames, ...sdkCheckNames]);
    expect(sdkCheckNames.filter((n) => (checkNames as readonly string[]).includes(n))).toEqual([]);
  });
  it('make findings keyed by check, operation and title', () => {
    const f = sdkFinding({ check: 'sdk_robustness', severity: 'major', operation: 'cvm.DescribeImages', title: 'hangs', detail: 'd' });
    expect(f).toMatchObject({ docs: ['node-sdk'], dedupKey: 'sdk_robustness|cvm.DescribeImages|hangs' });
  });
});
