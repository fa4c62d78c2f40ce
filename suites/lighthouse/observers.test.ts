// Lighthouse observer actions (read-only): DescribeBlueprints and DescribeBlueprintsShareAcrossAccountInfos
// answer documented requests with documented shapes, refuse what their documented rules refuse, and agree with
// themselves and each other (observer_consistency: TotalCount against paging, the default Limit of 20, the fixture
// blueprint as the listing, the lookup by ID and its share list report it). The other negative cases come from the
// generated violations.

import { caseGroup } from '../harness/schedule/interleave.ts';
import { operationByKey } from '../../generated/operations.ts';
import { fieldAgreement } from '../../checks/observer-consistency.ts';
import { observerCases, observerRuleCases } from '../harness/observer-cases.ts';
import { generatedCases } from '../harness/generated-cases.ts';
import { judgeDefaultLimit, judgeLookupAgainstListing, judgePaging } from '../harness/observer-judgements.ts';
import type { CaseRun } from '../harness/case-run.ts';

const blueprints = operationByKey('lighthouse.DescribeBlueprints');
const shareInfos = operationByKey('lighthouse.DescribeBlueprintsShareAcrossAccountInfos');
const listing = (region: string) => ({ op: blueprints, region, params: {}, field: 'BlueprintSet', id: 'BlueprintId' });
const shareListing = (region: string, id: string) => ({ op: shareInfos, region, params: { BlueprintIds: [id] }, field: 'BlueprintShareAcrossAccountInfoSet', id: 'AccountId' });

/** The caller's own blueprint is shared (BlueprintShared) exactly when its share list is not empty. */
async function judgeSharedFlag(run: CaseRun, region: string, id: string, flag: unknown): Promise<void> {
  if (flag === undefined) return;
  const { sent } = await run.send({ operation: shareInfos, params: { BlueprintIds: [id] }, region }, { kind: 'success' });
  if (sent.envelope.kind !== 'success') return;
  run.addFindings(fieldAgreement({ operation: blueprints.key, docs: [...blueprints.docs, ...shareInfos.docs], subject: id, field: 'BlueprintShared',
    a: { source: 'DescribeBlueprints', value: flag }, b: { source: 'DescribeBlueprintsShareAcrossAccountInfos (a share is listed)', value: Number(sent.envelope.fields['TotalCount']) > 0 } }));
}

caseGroup('lighthouse.DescribeBlueprints', () => {
  observerCases(blueprints, [
    { id: 'all', title: 'listing without parameters is accepted and holds the default Limit of 20', needs: [], params: () => ({}),
      then: async (run, fields) => judgeDefaultLimit(run, blueprints, fields, 'BlueprintSet', 'blueprints of the caller') },
    { id: 'by-id', title: 'the fixture blueprint by ID is accepted, and reads as the listing and its share list say', needs: ['blueprintId'], params: (f) => ({ BlueprintIds: [f.blueprintId] }),
      then: async (run, fields, { region, f }) => {
        const id = f.blueprintId as string;
        await judgeLookupAgainstListing(run, fields, listing(region), id, 'DescribeBlueprints by BlueprintIds', 'DescribeBlueprints listing');
        const item = (fields['BlueprintSet'] as Record<string, unknown>[] | undefined)?.find((b) => b['BlueprintId'] === id);
        await judgeSharedFlag(run, region, id, item?.['BlueprintShared']);
      } },
    { id: 'page', title: 'Offset and Limit 100 are accepted, and paging yields TotalCount items', needs: [], params: () => ({ Offset: 0, Limit: 100 }),
      then: async (run, _fields, { region }) => judgePaging(run, listing(region), 'blueprints of the caller') },
    { id: 'filter', title: 'a blueprint-type filter is accepted', needs: [], params: () => ({ Filters: [{ Name: 'blueprint-type', Values: ['PRIVATE'] }] }) },
  ]);
  observerRuleCases(blueprints, [
    { rule: 'lbp.exclusive', needs: ['blueprintId'], params: (f) => ({ BlueprintIds: [f.blueprintId ?? ''], Filters: [{ Name: 'blueprint-type', Values: ['PRIVATE'] }] }) },
    { rule: 'lbp.filter-name', needs: [], params: () => ({ Filters: [{ Name: 'tcconform-no-such-filter', Values: ['x'] }] }) },
    { rule: 'lbp.blueprint-id-form', needs: [], params: () => ({ BlueprintIds: ['lhbp-BAD'] }) },
    { rule: 'lbp.filter-values', needs: [], params: () => ({ Filters: [{ Name: 'blueprint-name', Values: Array.from({ length: 101 }, (_, i) => `n${i}`) }] }) },
    { rule: 'lbp.paging', needs: [], params: () => ({ Offset: -1 }) },
  ]);
  generatedCases(blueprints);
});

caseGroup('lighthouse.DescribeBlueprintsShareAcrossAccountInfos', () => {
  observerCases(shareInfos, [
    { id: 'by-id', title: 'the fixture blueprint\'s share list is accepted and holds the default Limit of 20', needs: ['blueprintId'], params: (f) => ({ BlueprintIds: [f.blueprintId] }),
      then: async (run, fields) => judgeDefaultLimit(run, shareInfos, fields, 'BlueprintShareAcrossAccountInfoSet', 'shares of the fixture blueprint') },
    { id: 'page', title: 'Offset and Limit 100 are accepted, and paging yields TotalCount items', needs: ['blueprintId'], params: (f) => ({ BlueprintIds: [f.blueprintId], Offset: 0, Limit: 100 }),
      then: async (run, _fields, { region, f }) => judgePaging(run, shareListing(region, f.blueprintId as string), 'shares of the fixture blueprint') },
  ]);
  observerRuleCases(shareInfos, [
    { rule: 'lsi.blueprint-id-form', needs: [], params: () => ({ BlueprintIds: ['lhbp-BAD'] }) },
    { rule: 'lsi.paging', needs: ['blueprintId'], params: (f) => ({ BlueprintIds: [f.blueprintId ?? ''], Offset: -1 }) },
  ]);
  generatedCases(shareInfos);
});
