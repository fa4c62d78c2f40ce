// CVM observer actions (read-only): DescribeImages and DescribeImageSharePermission answer documented requests
// with documented shapes, refuse what their documented rules refuse, and DescribeImages agrees with itself
// (observer_consistency: TotalCount against paging, the default Limit of 20, the fixture image as the listing and
// the lookup by ID report it). The other negative cases come from the generated violations.

import { caseGroup } from '../harness/schedule/interleave.ts';
import { operationByKey } from '../../generated/operations.ts';
import { observerCases, observerRuleCases } from '../harness/observer-cases.ts';
import { generatedCases } from '../harness/generated-cases.ts';
import { judgeDefaultLimit, judgeLookupAgainstListing, judgePaging } from '../harness/observer-judgements.ts';

const images = operationByKey('cvm.DescribeImages');
const permissions = operationByKey('cvm.DescribeImageSharePermission');
const privateImages = { Filters: [{ Name: 'image-type', Values: ['PRIVATE_IMAGE'] }] };
const listing = (region: string) => ({ op: images, region, params: privateImages, field: 'ImageSet', id: 'ImageId' });

caseGroup('cvm.DescribeImages', () => {
  observerCases(images, [
    { id: 'all', title: 'listing without parameters is accepted and holds the default Limit of 20', needs: [], params: () => ({}),
      then: async (run, fields) => judgeDefaultLimit(run, images, fields, 'ImageSet', 'images the caller sees') },
    { id: 'by-id', title: 'the fixture image by ID is accepted and reads as the listing of private images says', needs: ['imageId'], params: (f) => ({ ImageIds: [f.imageId] }),
      then: async (run, fields, { region, f }) => judgeLookupAgainstListing(run, fields, listing(region), f.imageId as string, 'DescribeImages by ImageIds', 'DescribeImages image-type PRIVATE_IMAGE listing') },
    { id: 'filter', title: 'an image-type filter with Offset and Limit is accepted, and paging yields TotalCount items', needs: [], params: () => ({ ...privateImages, Offset: 0, Limit: 100 }),
      then: async (run, _fields, { region }) => judgePaging(run, listing(region), 'private images of the caller') },
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

caseGroup('cvm.DescribeImageSharePermission', () => {
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
