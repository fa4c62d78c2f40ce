// CVM observer actions (read-only): DescribeImages and DescribeImageSharePermission answer documented requests
// with documented shapes. Their negative cases come from the generated violations.

import { describe } from 'vitest';
import { operationByKey } from '../../generated/operations.ts';
import { observerCases } from '../harness/observer-cases.ts';
import { generatedCases } from '../harness/generated-cases.ts';

const images = operationByKey('cvm.DescribeImages');
const permissions = operationByKey('cvm.DescribeImageSharePermission');

describe('cvm.DescribeImages', () => {
  observerCases(images, [
    { id: 'all', title: 'listing without parameters is accepted', needs: [], params: () => ({}) },
    { id: 'by-id', title: 'the fixture image by ID is accepted', needs: ['imageId'], params: (f) => ({ ImageIds: [f.imageId] }) },
    { id: 'filter', title: 'an image-type filter with Offset and Limit is accepted', needs: [], params: () => ({ Filters: [{ Name: 'image-type', Values: ['PRIVATE_IMAGE'] }], Offset: 0, Limit: 100 }) },
  ]);
  generatedCases(images);
});

describe('cvm.DescribeImageSharePermission', () => {
  observerCases(permissions, [
    { id: 'by-id', title: 'the fixture image\'s share list is accepted', needs: ['imageId'], params: (f) => ({ ImageId: f.imageId }) },
  ]);
  generatedCases(permissions);
});
