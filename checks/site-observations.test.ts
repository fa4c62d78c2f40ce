// Per-site judging: what one site's definitions lack is not required there; nulls either site allows and unknown
// fields are accepted, the nulls listed as doc conflicts met and the fields as drift.
import { describe, expect, it } from 'vitest';
import { operationByKey } from '../generated/operations.ts';
import { siteContractOf } from '../generated/site-contracts.ts';
import { parseEnvelope } from '../core/parse-envelope.ts';
import type { Exchange } from '../core/types.ts';
import type { Site } from '../generated/site-contracts.ts';
import { runChecks } from './run-checks.ts';
import { unknownFields } from './unknown-fields.ts';
import { docConflictsMet } from './doc-conflicts-met.ts';

const describeBlueprints = operationByKey('lighthouse.DescribeBlueprints');
const describeImages = operationByKey('cvm.DescribeImages');
const RID = '0f6d2f7e-93a5-4b4c-9d2a-2c9a8e3b1a11';

const blueprint = {
  BlueprintId: 'lhbp-abcd1234', DisplayTitle: 't', DisplayVersion: 'v', Description: null, OsName: 'o', Platform: 'p', PlatformType: 'LINUX_UNIX',
  BlueprintType: 'PRIVATE', ImageUrl: '', RequiredSystemDiskSize: 20, BlueprintState: 'NORMAL', CreatedTime: '2024-05-08T03:43:06Z', BlueprintName: 'n',
  SupportAutomationTools: true, RequiredMemorySize: 1, ImageId: null, CommunityUrl: '', GuideUrl: '', SceneIdSet: null, DockerVersion: null,
};

function judge(body: object, site: Site, op = describeBlueprints) {
  const text = JSON.stringify(body);
  const exchange: Exchange = { url: 'http://x/', request: { method: 'POST', path: '/', headers: {}, body: '{}' }, response: { status: 200, headers: {}, body: text }, timings: { startedAt: '', totalMs: 1 } };
  return runChecks({ operation: op, exchange, envelope: parseEnvelope(text), expectation: { kind: 'success' }, caseCheck: 'positive_data_acceptance', docs: [], site });
}
const answer = (item: object) => ({ Response: { TotalCount: 1, BlueprintSet: [item], RequestId: RID } });

describe('judging by the site contract', () => {
  it('does not require on the intl site what its definitions lack (BlueprintShared), and does on the China site', () => {
    expect(judge(answer(blueprint), 'intl').findings).toEqual([]);
    expect(judge(answer(blueprint), 'china').findings.map((f) => f.check)).toEqual(['response_schema_conformance']);
    expect(judge(answer({ ...blueprint, BlueprintShared: true }), 'china').findings).toEqual([]);
  });

  it('accepts nulls the intl definitions allow on the China site too, and lists the doc conflict met', () => {
    const v = judge(answer({ ...blueprint, BlueprintShared: false }), 'china');
    expect(v.findings).toEqual([]);
    expect(v.observed.docConflicts).toEqual([
      { id: 'blueprint-null-on-intl-only', path: 'Response.BlueprintSet[].ImageId', shown: 'null on the china site' },
      { id: 'blueprint-null-on-intl-only', path: 'Response.BlueprintSet[].SceneIdSet', shown: 'null on the china site' },
    ]);
    expect(judge(answer(blueprint), 'intl').observed.docConflicts).toBeUndefined();
  });

  it('reports an unknown response field as drift, never as a finding', () => {
    const body = answer({ ...blueprint, BlueprintShared: false, Sparkle: 1 });
    const v = judge({ Response: { ...body.Response, Beside: true } }, 'china');
    expect(v.findings).toEqual([]);
    expect(v.observed.unknownFields).toEqual(['Response.Beside', 'Response.BlueprintSet[].Sparkle']);
    const refused = judge({ Response: { Error: { Code: 'InvalidParameter', Message: 'm', Hint: 'h' }, RequestId: RID } }, 'china');
    expect(refused.findings.filter((f) => f.check === 'response_schema_conformance')).toEqual([]);
    expect(refused.observed.unknownFields).toEqual(['Response.Error.Hint']);
  });

  it('lists on the intl site the fields only the China definitions have, as drift and as the conflict they belong to', () => {
    const v = judge(answer({ ...blueprint, BlueprintShared: false, Tags: [] }), 'intl');
    expect(v.findings).toEqual([]);
    expect(v.observed.unknownFields).toEqual(['Response.BlueprintSet[].BlueprintShared', 'Response.BlueprintSet[].Tags']);
    expect(v.observed.docConflicts?.map((c) => c.id)).toEqual(['intl-lacks-blueprint-shared-tags', 'intl-lacks-blueprint-shared-tags']);
  });

  it('still fails a wrong type and a missing field the site requires', () => {
    expect(judge(answer({ ...blueprint, RequiredMemorySize: '1' }), 'intl').findings.map((f) => f.check)).toEqual(['response_schema_conformance']);
    const { OsName: _gone, ...noOs } = blueprint;
    expect(judge(answer(noOs), 'intl').findings.map((f) => f.check)).toEqual(['response_schema_conformance']);
  });

  it('meets a conflict in a nested CVM image list', () => {
    const marks = siteContractOf(describeImages.key).conflictMarks;
    const body = { Response: { ImageSet: [{ Tags: null, SnapshotSet: [] }, { Tags: [] }], TotalCount: 2, RequestId: RID } };
    expect(docConflictsMet(body, marks, 'china').map((c) => c.path)).toEqual(['Response.ImageSet[].Tags']);
    expect(docConflictsMet(body, marks, 'intl')).toEqual([]);
  });
});

describe('unknownFields', () => {
  it('looks only into objects the schema describes', () => {
    const known = { '': ['Response'], Response: ['A', 'Free'], 'Response.A[]': ['X'] };
    expect(unknownFields({ Response: { A: [{ X: 1, Y: 2 }, { Z: 3 }], Free: { anything: 1 }, B: 0 } }, known)).toEqual(['Response.A[].Y', 'Response.A[].Z', 'Response.B']);
    expect(unknownFields('not an object', known)).toEqual([]);
  });
});

describe('documented pattern marks', () => {
  it('are met by a string outside the documented form', () => {
    const marks = [{ path: 'Response.T', conflict: 'fmt', documentedPattern: 'Z$' }];
    expect(docConflictsMet({ Response: { T: '2020-09-22T00:00:00+00:00' } }, marks, 'china')).toEqual([{ id: 'fmt', path: 'Response.T', shown: 'a value outside the documented form Z$' }]);
    expect(docConflictsMet({ Response: { T: '2020-09-22T00:00:00Z' } }, marks, 'china')).toEqual([]);
  });
});
