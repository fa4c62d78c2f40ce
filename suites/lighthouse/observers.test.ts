// Lighthouse observer actions (read-only): DescribeBlueprints and DescribeBlueprintsShareAcrossAccountInfos
// answer documented requests with documented shapes and refuse what their documented rules refuse; the other
// negative cases come from the generated violations.

import { describe } from 'vitest';
import { operationByKey } from '../../generated/operations.ts';
import { observerCases, observerRuleCases } from '../harness/observer-cases.ts';
import { generatedCases } from '../harness/generated-cases.ts';

const blueprints = operationByKey('lighthouse.DescribeBlueprints');
const shareInfos = operationByKey('lighthouse.DescribeBlueprintsShareAcrossAccountInfos');

describe('lighthouse.DescribeBlueprints', () => {
  observerCases(blueprints, [
    { id: 'all', title: 'listing without parameters is accepted', needs: [], params: () => ({}) },
    { id: 'by-id', title: 'the fixture blueprint by ID is accepted', needs: ['blueprintId'], params: (f) => ({ BlueprintIds: [f.blueprintId] }) },
    { id: 'page', title: 'Offset and Limit 100 are accepted', needs: [], params: () => ({ Offset: 0, Limit: 100 }) },
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

describe('lighthouse.DescribeBlueprintsShareAcrossAccountInfos', () => {
  observerCases(shareInfos, [
    { id: 'by-id', title: 'the fixture blueprint\'s share list is accepted', needs: ['blueprintId'], params: (f) => ({ BlueprintIds: [f.blueprintId] }) },
    { id: 'page', title: 'Offset and Limit 100 are accepted', needs: ['blueprintId'], params: (f) => ({ BlueprintIds: [f.blueprintId], Offset: 0, Limit: 100 }) },
  ]);
  observerRuleCases(shareInfos, [
    { rule: 'lsi.blueprint-id-form', needs: [], params: () => ({ BlueprintIds: ['lhbp-BAD'] }) },
    { rule: 'lsi.paging', needs: ['blueprintId'], params: (f) => ({ BlueprintIds: [f.blueprintId ?? ''], Offset: -1 }) },
  ]);
  generatedCases(shareInfos);
});
