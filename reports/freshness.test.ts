import { describe, expect, it } from 'vitest';
import { freshness } from './freshness.ts';
import { syntheticRun } from './testing/synthetic-model.ts';

describe('freshness', () => {
  it('takes the latest live judgement per action, from live runs and recordings of live runs', () => {
    const live = { ...syntheticRun(), target: { kind: 'live', endpoint: 'product hosts', label: 'live A' }, startedAt: '2026-01-02T00:00:00Z' };
    const replay = { ...syntheticRun(), target: { kind: 'recording', endpoint: 'rec', label: 'rec B' }, startedAt: '2026-03-01T00:00:00Z',
      recording: { dir: 'rec', recordedAt: '2026-02-01T00:00:00Z', target: { kind: 'live', endpoint: 'product hosts', label: 'live' }, specVersions: {}, specsDiffer: [] } };
    const mock = { ...syntheticRun(), target: { kind: 'mock', endpoint: 'embedded', label: 'mock C' }, startedAt: '2026-04-01T00:00:00Z' };
    const cases = [
      { operation: 'cvm.DescribeImages', target: 'live A' }, { operation: 'cvm.DescribeImages', target: 'rec B' },
      { operation: 'lighthouse.DescribeBlueprints', target: 'live A' }, { operation: 'lighthouse.DescribeBlueprints', target: 'mock C' },
      { operation: 'cvm.ModifyImageSharePermission', target: 'mock C' },
    ];
    expect(freshness([live, replay, mock], cases)).toEqual([
      { operation: 'cvm.DescribeImages', lastLive: '2026-02-01T00:00:00Z', via: 'recording of a live run' },
      { operation: 'cvm.ModifyImageSharePermission', lastLive: null, via: 'never' },
      { operation: 'lighthouse.DescribeBlueprints', lastLive: '2026-01-02T00:00:00Z', via: 'live run' },
    ]);
  });
});
