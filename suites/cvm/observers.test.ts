// CVM observer actions (read-only): DescribeImages and DescribeImageSharePermission answer documented requests
// with documented shapes and refuse what their documented rules refuse; the other negative cases come from the
// generated violations.

import { describe } from 'vitest';
import { operationByKey } from '../../generated/operations.ts';
import { observerCases, observerRuleCases } from '../harness/observer-cases.ts';
import { generatedCases } from '../harness/generated-cases.ts';

const images = operationByKey('cvm.DescribeImages');
const permissions = operationByKey('cvm.DescribeImageSharePermission');

describe('cvm.DescribeImages', () => {
  observerCases(images, [
    { id: 'all', title: 'listing without parameters is accepted', needs: [], params: () => ({}) },
    { id: 'by-id', title: 'the fixture image by ID is accepted', needs: ['imageId'], params: (f) => ({ ImageIds: [f.imageId] }) },
    { id: 'filter', title: 'an image-type filter with Offset and Limit is accepted', needs: [], params: () => ({ Filters: [{ Name: 'image-type', Values: ['PRIVATE_IMAGE'] }], Offset: 0, Limit: 100 }) },
    { id: 'many-ids', title: 'ImageIds of more than 100 entries are accepted (no source caps them)', needs: ['imageId'], params: (f) => ({ ImageIds: [f.imageId ?? '', ...Array.from({ length: 100 }, (_, i) => `img-${String(i).padStart(8, '0')}`)] }) },
  ]);
  observerRuleCases(images, [
    { rule: 'di.exclusive', needs: ['imageId'], params: (f) => ({ ImageIds: [f.imageId ?? ''], Filters: [{ Name: 'image-type', Values: ['PRIVATE_IMAGE'] }] }) },
    { rule: 'di.filter-name', needs: [], params: () => ({ Filters: [{ Name: 'tcconform-no-such-filter', Values: ['x'] }] }) },
    { rule: 'di.image-id-form', needs: [], params: () => ({ ImageIds: ['img-BAD'] }) },
    { rule: 'di.filter-values', needs: [], params: () => ({ Filters: [{ Name: 'image-name', Values: ['a', 'b', 'c', 'd', 'e', 'f'] }] }) },
  ]);
  generatedCases(images);
});

describe('cvm.DescribeImageSharePermission', () => {
  observerCases(permissions, [
    { id: 'by-id', title: 'the fixture image\'s share list is accepted', needs: ['imageId'], params: (f) => ({ ImageId: f.imageId }) },
  ]);
  observerRuleCases(permissions, [
    { rule: 'dsp.image-id-form', needs: [], params: () => ({ ImageId: 'img-BAD' }) },
    { rule: 'dsp.image-exists', needs: [] },
    { rule: 'dsp.image-owner', needs: [] },
  ]);
  generatedCases(permissions);
});
