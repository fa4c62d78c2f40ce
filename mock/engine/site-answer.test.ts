// The mock playing one site: that site's actions and fields only, the world's caller moved to it; and the
// vendor-forms mode (nulls where either site allows them, a field no definition knows).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client } from '../../core/client.ts';
import { defaultRegions } from '../../core/fixtures.ts';
import { startMock, type MockHandle } from '../index.ts';
import { sendCall, testClient } from '../testing/signed-call.ts';
import { defaultWorld } from '../world/default-world.ts';
import { callerSite, rehomeWorld } from '../world/rehome-world.ts';

let client: Client;
const mocks: MockHandle[] = [];
beforeAll(() => { client = testClient(); });
afterAll(async () => {
  await client.close();
  await Promise.all(mocks.map((m) => m.close()));
});

async function mockOf(options: Parameters<typeof startMock>[0]): Promise<MockHandle> {
  const m = await startMock({ rateLimits: false, ...options });
  mocks.push(m);
  return m;
}

async function call(m: MockHandle, operation: string, params: Record<string, unknown>) {
  const f = m.fixtures();
  const credentials = f.credentials;
  if (credentials === undefined) throw new Error('no credentials');
  return sendCall(client, m.url, { operation, params, credentials, region: defaultRegions(f)[0] ?? 'ap-guangzhou' });
}

function blueprints(answer: Awaited<ReturnType<typeof call>>): Record<string, unknown>[] {
  return answer.envelope?.kind === 'success' ? (answer.envelope.fields['BlueprintSet'] as Record<string, unknown>[]) : [];
}

describe('rehomeWorld', () => {
  it('moves the caller and its site to the other site, and the other site\'s accounts the opposite way', () => {
    const world = defaultWorld();
    const moved = rehomeWorld(world, callerSite(world) === 'intl' ? 'china' : 'intl');
    expect(callerSite(moved)).not.toBe(callerSite(world));
    expect(moved.accounts.map((a) => a.site === callerSite(moved))).toEqual(world.accounts.map((a) => a.site === callerSite(world)));
    expect(rehomeWorld(world, callerSite(world))).toBe(world);
  });
});

describe('the mock playing a site', () => {
  it('intl: no DescribeBlueprintsShareAcrossAccountInfos, no BlueprintShared or Tags; the fixtures say intl', async () => {
    const m = await mockOf({ site: 'intl' });
    const f = m.fixtures();
    expect(f.site).toBe('intl');
    const blueprintId = f.regions[defaultRegions(f)[0] ?? '']?.lighthouse?.blueprintId;
    expect((await call(m, 'lighthouse.DescribeBlueprintsShareAcrossAccountInfos', { BlueprintIds: [blueprintId] })).code).toBe('InvalidAction');
    const set = blueprints(await call(m, 'lighthouse.DescribeBlueprints', { Limit: 100 }));
    expect(set.length).toBeGreaterThan(0);
    for (const b of set) {
      expect(Object.hasOwn(b, 'BlueprintShared')).toBe(false);
      expect(Object.hasOwn(b, 'Tags')).toBe(false);
      expect(Object.hasOwn(b, 'BlueprintId')).toBe(true);
    }
  });

  it('china: every action and field; the fixtures say china, and the other-site refusal still answers', async () => {
    const m = await mockOf({ site: 'china' });
    const f = m.fixtures();
    expect(f.site).toBe('china');
    const blueprintId = f.regions[defaultRegions(f)[0] ?? '']?.lighthouse?.blueprintId;
    expect((await call(m, 'lighthouse.DescribeBlueprintsShareAcrossAccountInfos', { BlueprintIds: [blueprintId] })).code).toBe('success');
    expect(blueprints(await call(m, 'lighthouse.DescribeBlueprints', { Limit: 100 })).every((b) => typeof b['BlueprintShared'] === 'boolean')).toBe(true);
    const situation = f.regions[defaultRegions(f)[0] ?? '']?.lighthouse?.situations?.['share.same-site'];
    if (situation !== undefined) expect((await call(m, 'lighthouse.ShareBlueprintAcrossAccounts', situation.params)).code).toBe('InvalidParameterValue.AccountIdInvalidAccountArea');
  });

  it('vendor forms: null for empty values either site allows to be null, and an extra field on answers and list items', async () => {
    const m = await mockOf({ site: 'china', answerForms: { nulls: true, extraField: 'VendorAddedField' } });
    const answer = await call(m, 'lighthouse.DescribeBlueprints', { Limit: 100 });
    expect(answer.envelope?.kind === 'success' && answer.envelope.fields['VendorAddedField']).toBe(true);
    const set = blueprints(answer);
    expect(set.every((b) => b['VendorAddedField'] === true)).toBe(true);
    expect(set.some((b) => b['ImageId'] === null)).toBe(true);
    expect(set.every((b) => b['SceneIdSet'] === null || (Array.isArray(b['SceneIdSet']) && (b['SceneIdSet'] as unknown[]).length > 0))).toBe(true);
    // A blueprint made from a CVM image keeps its ImageId: only empty values become null.
    expect(set.filter((b) => typeof b['ImageId'] === 'string').every((b) => String(b['ImageId']).startsWith('img-'))).toBe(true);
  });
});
