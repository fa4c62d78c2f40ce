// A target answering in forms the vendor's own artifacts show is judged conforming: the observers' specific
// documented codes where the suite sends a breach (malformed IDs, exclusive parameters, value counts), and
// DescribeImages CreatedTime as …+00:00 (listed as the doc conflict it meets); a code outside them still fails.
import { describe, expect, it } from 'vitest';
import { parseEnvelope } from '../core/parse-envelope.ts';
import type { Exchange } from '../core/types.ts';
import { operationByKey, type Operation } from '../generated/operations.ts';
import type { Expectation } from './expectation.ts';
import { runChecks } from './run-checks.ts';

const RID = '0f6d2f7e-93a5-4b4c-9d2a-2c9a8e3b1a11';

function judge(op: Operation, body: object, expectation: Expectation, site: 'china' | 'intl' = 'china') {
  const text = JSON.stringify(body);
  const exchange: Exchange = { url: 'http://x/', request: { method: 'POST', path: '/', headers: {}, body: '{}' }, response: { status: 200, headers: {}, body: text }, timings: { startedAt: '', totalMs: 1 } };
  return runChecks({ operation: op, exchange, envelope: parseEnvelope(text), expectation, caseCheck: 'negative_data_rejection', docs: [], site });
}
const refusal = (code: string) => ({ Response: { Error: { Code: code, Message: 'm' }, RequestId: RID } });
const codesOf = (op: Operation, param: string, kind: string) => op.constraints.find((c) => c.param === param && c.kind === kind)?.codes ?? [];
const ruleCodes = (op: Operation, id: string) => op.rules.find((r) => r.id === id)?.codes ?? [];

describe('an observer answering its own documented code', () => {
  const cases: ReadonlyArray<[string, string, () => readonly string[]]> = [
    ['lighthouse.DescribeBlueprints', 'InvalidParameterValue.BlueprintIdMalformed', () => codesOf(operationByKey('lighthouse.DescribeBlueprints'), 'BlueprintIds[]', 'malformed-id')],
    ['lighthouse.DescribeBlueprintsShareAcrossAccountInfos', 'InvalidParameterValue.BlueprintIdMalformed', () => codesOf(operationByKey('lighthouse.DescribeBlueprintsShareAcrossAccountInfos'), 'BlueprintIds[]', 'malformed-id')],
    ['lighthouse.DescribeBlueprints', 'InvalidParameter.ParameterConflict', () => ruleCodes(operationByKey('lighthouse.DescribeBlueprints'), 'lbp.exclusive')],
    ['lighthouse.DescribeBlueprints', 'InvalidParameter.FilterValueLimitExceeded', () => codesOf(operationByKey('lighthouse.DescribeBlueprints'), 'Filters[].Values', 'over-limit')],
    ['cvm.DescribeImages', 'InvalidImageId.Malformed', () => codesOf(operationByKey('cvm.DescribeImages'), 'ImageIds[]', 'malformed-id')],
    ['cvm.DescribeImages', 'InvalidParameter.InvalidParameterCoexistImageIdsFilters', () => ruleCodes(operationByKey('cvm.DescribeImages'), 'di.exclusive')],
    ['cvm.DescribeImages', 'InvalidFilterValue.LimitExceeded', () => codesOf(operationByKey('cvm.DescribeImages'), 'Filters[].Values', 'over-limit')],
    ['cvm.DescribeImageSharePermission', 'InvalidImageId.Malformed', () => codesOf(operationByKey('cvm.DescribeImageSharePermission'), 'ImageId', 'malformed-id')],
  ];

  it.each(cases)('%s refusing with %s is conforming', (key, code, codes) => {
    const op = operationByKey(key);
    expect(codes()).toContain(code);
    expect(judge(op, refusal(code), { kind: 'error', codes: codes(), why: 'breach' }).findings).toEqual([]);
  });

  it('a code the observer does not document still fails', () => {
    const op = operationByKey('cvm.DescribeImages');
    const v = judge(op, refusal('InvalidParameterValue.BlueprintIdMalformed'), { kind: 'error', codes: codesOf(op, 'ImageIds[]', 'malformed-id'), why: 'breach' });
    expect(v.findings.map((f) => f.check).sort()).toEqual(['error_code_conformance', 'negative_data_rejection']);
  });
});

describe('DescribeImages CreatedTime in either form the artifacts show', () => {
  const op = operationByKey('cvm.DescribeImages');
  const image = (createdTime: string) => ({ ImageId: 'img-abcd1234', OsName: 'o', ImageType: 'PRIVATE_IMAGE', CreatedTime: createdTime, ImageName: 'n',
    ImageDescription: 'd', ImageSize: 20, Architecture: 'x86_64', ImageState: 'NORMAL', Platform: 'CentOS', ImageCreator: 'c', ImageSource: 'CREATE_IMAGE',
    SyncPercent: 100, IsSupportCloudinit: true, SnapshotSet: [], Tags: [], LicenseType: 'TencentCloud' });
  const answer = (t: string) => ({ Response: { TotalCount: 1, ImageSet: [image(t)], RequestId: RID } });

  it('accepts …Z and …+00:00 on both sites; the offset form meets the recorded doc conflict', () => {
    for (const site of ['china', 'intl'] as const) {
      expect(judge(op, answer('2020-09-22T00:00:00Z'), { kind: 'success' }, site).findings).toEqual([]);
      const offset = judge(op, answer('2020-09-22T00:00:00+00:00'), { kind: 'success' }, site);
      expect(offset.findings).toEqual([]);
      expect(offset.observed.docConflicts?.map((c) => c.id)).toEqual(['describe-images-created-time']);
    }
  });

  it('still fails a time in neither form', () => {
    expect(judge(op, answer('2020-09-22 00:00:00'), { kind: 'success' }).findings.map((f) => f.check)).toEqual(['response_schema_conformance']);
  });
});
