// The parity world: the default world as it is for a recording of the mock; for a live recording, the default world
// plus the fixtures' caller, blueprint, image and recipients, with the share lists the observers first answered.
import { describe, expect, it } from 'vitest';
import { parityWorld } from './parity-world.ts';
import { defaultWorld } from '../../mock/world/default-world.ts';
import { validateWorld } from '../../mock/world/validate-world.ts';
import type { Recording } from '../read-recording.ts';
import type { RecordedCall, RecordingMeta } from '../recording-format.ts';

const meta = (regions: RecordingMeta['fixtures']['regions']): RecordingMeta => ({
  format: 'tcconform-recording', version: 1, target: { kind: 'live', endpoint: 'product hosts', label: 'live API' }, startedAt: '2026-01-01T00:00:00Z',
  specVersions: {}, toolVersion: '0.1.0', fixtures: { version: 1, site: 'intl', regions }, fixturesSource: 'f.json', seed: 1, runs: 1, regions: Object.keys(regions),
  allowMutations: true, products: [], actions: [], caseFilter: '', mask: 'none', rateLimitTargetDedicated: false,
});

const read = (body: unknown): RecordedCall => ({
  case: 'lighthouse.X.state', n: 0, url: 'https://lighthouse.tencentcloudapi.com/', retries: [], timings: { startedAt: '2026-01-01T00:00:01Z', totalMs: 90 },
  call: { operation: 'lighthouse.DescribeBlueprintsShareAcrossAccountInfos', region: 'ap-tokyo', form: 'post-json', signMethod: 'TC3-HMAC-SHA256', params: { BlueprintIds: ['lhbp-live0001'] }, credentials: 'run', token: 'none' },
  request: { method: 'POST', path: '/', headers: {}, body: '' }, response: { status: 200, headers: {}, body: JSON.stringify({ Response: body }) },
});

describe('parity world', () => {
  it('is the default world for a recording of the mock', () => {
    const fixtures = { 'ap-guangzhou': { lighthouse: { ownAccountId: '200000000001', blueprintId: 'lhbp-gmain000', recipientAccountIds: ['200000001001'] } } };
    const { world, notes } = parityWorld({ dir: 'r', meta: meta(fixtures), cases: new Map() });
    expect(notes).toEqual([]);
    expect(world.blueprints).toEqual(defaultWorld().blueprints);
    expect(world.accounts).toEqual(defaultWorld().accounts);
  });

  it('adds a live recording\'s resources, with the shares first read back, and stays a valid world', () => {
    const fixtures = { 'ap-tokyo': { lighthouse: { ownAccountId: '100000777001', blueprintId: 'lhbp-live0001', imageId: 'img-live0001', recipientAccountIds: ['100000777002', '100000777003'] } } };
    const first = read({ TotalCount: 1, BlueprintShareAcrossAccountInfoSet: [{ BlueprintId: 'lhbp-live0001', AccountId: '100000777009', CreatedTime: '2025-01-01T00:00:00Z' }] });
    const recording: Recording = { dir: 'r', meta: meta(fixtures), cases: new Map([['ap-tokyo', new Map([['lighthouse.X.state', [first]]])]]) };
    const { world, notes } = parityWorld(recording);
    expect(world.callerId).toBe('100000777001');
    expect(world.blueprints.find((b) => b.id === 'lhbp-live0001')).toMatchObject({ owner: '100000777001', region: 'ap-tokyo', type: 'PRIVATE', shares: [{ accountId: '100000777009' }] });
    expect(world.images.find((i) => i.id === 'img-live0001')).toMatchObject({ owner: '100000777001', type: 'PRIVATE_IMAGE' });
    expect(world.accounts.map((a) => a.id)).toEqual(expect.arrayContaining(['100000777002', '100000777003']));
    expect(notes).toHaveLength(3);
    const valid = validateWorld(world, 'parity');
    expect(valid.ok ? 'valid' : JSON.stringify(valid.error)).toBe('valid');
  });
});
