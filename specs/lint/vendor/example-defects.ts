// The official examples that are doc defects (the vendor's own example breaks the vendor's own definition), with
// why; checks/vendor-examples.test.ts asserts every other example passes and each of these is really refused.

/** One defective part of one example (`<product>.<Action> <site>#<index>`). */
export interface ExampleDefect {
  readonly example: string;
  readonly part: 'request' | 'response';
  readonly why: string;
}

/** Every known defect of the extract's examples. */
export const EXAMPLE_DEFECTS: readonly ExampleDefect[] = [
  { example: 'lighthouse.ModifyImageSharePermission china#1', part: 'request', why: 'the cancel example sends Permission "CANEL", not one of SHARE, CANCEL' },
  { example: 'lighthouse.ModifyImageSharePermission intl#1', part: 'request', why: 'the cancel example sends Permission "CANEL", not one of SHARE, CANCEL' },
  {
    example: 'cvm.DescribeImages intl#0', part: 'response',
    why: 'not valid JSON: no comma after "SnapshotSet": [] (line 21); it also gives ImageCreator and SyncPercent null and no LicenseType',
  },
];
