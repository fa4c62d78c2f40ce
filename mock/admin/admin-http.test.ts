// The admin interface: loopback peers only; reset, seed, faults, journal, world and fixtures over HTTP.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { request } from 'undici';
import { startMock, type MockHandle } from '../index.ts';
import { handleAdmin } from './admin-http.ts';
import { isLoopback } from './is-loopback.ts';

let mock: MockHandle;
beforeAll(async () => {
  mock = await startMock({ rateLimits: false });
});
afterAll(() => mock.close());

async function admin(method: 'GET' | 'POST' | 'PUT' | 'DELETE', path: string, body?: string, contentType = 'application/json') {
  const res = await request(`${mock.url}${path}`, { method, ...(body !== undefined ? { body, headers: { 'content-type': contentType } } : {}) });
  return { status: res.statusCode, body: (await res.body.json()) as Record<string, unknown> };
}

const smallWorld = `
name: tiny
regions: [ap-singapore]
callerId: "100"
accounts:
  - { id: "100", credentials: [{ secretId: AKIDtiny0000000000001, secretKey: tinyKey }] }
  - { id: "201" }
blueprints:
  - { id: lhbp-tiny0001, owner: "100", region: ap-singapore }
`;

describe('admin interface', () => {
  it('answers loopback peers only', () => {
    expect(['127.0.0.1', '127.8.9.10', '::1', '::ffff:127.0.0.1'].every(isLoopback)).toBe(true);
    expect(['10.0.0.5', '192.168.1.2', '::ffff:10.0.0.1', 'fe80::1', '', undefined].some(isLoopback)).toBe(false);
    const refused = handleAdmin(mock.admin, { method: 'POST', path: '/_admin/reset', contentType: undefined, body: '', peer: '10.1.2.3' });
    expect(refused.status).toBe(403);
    expect(handleAdmin(mock.admin, { method: 'GET', path: '/_admin/', contentType: undefined, body: '', peer: '::ffff:127.0.0.1' }).status).toBe(200);
  });

  it('lists its routes and answers 404 for others', async () => {
    expect((await admin('GET', '/_admin/')).body['routes']).toContain('POST /_admin/reset');
    expect((await admin('GET', '/_admin/nothing')).status).toBe(404);
  });

  it('sets, reads and clears faults; refuses a bad plan with 400', async () => {
    expect((await admin('PUT', '/_admin/faults', JSON.stringify({ latencyMs: 5, deviations: [{ name: 'missing-request-id' }] }))).status).toBe(200);
    expect((await admin('GET', '/_admin/faults')).body).toEqual({ latencyMs: 5, deviations: [{ name: 'missing-request-id' }] });
    const bad = await admin('PUT', '/_admin/faults', JSON.stringify({ deviations: [{ name: 'nope' }] }));
    expect(bad.status).toBe(400);
    expect(String((bad.body['problems'] as string[])[0])).toMatch(/deviations\/0\/name/);
    expect((await admin('DELETE', '/_admin/faults')).status).toBe(200);
    expect((await admin('GET', '/_admin/faults')).body).toEqual({});
  });

  it('seeds a YAML world (fixtures follow), refuses a bad one with the problems, and resets', async () => {
    const bad = await admin('POST', '/_admin/seed', smallWorld.replace('"201"', '"2x1"'), 'application/yaml');
    expect(bad.status).toBe(400);
    expect(bad.body['problems']).toEqual(['(admin seed): /accounts/1/id: must match pattern "^[0-9]{1,20}$"']);
    expect((await admin('POST', '/_admin/seed', smallWorld, 'application/yaml')).status).toBe(200);
    const fixtures = (await admin('GET', '/_admin/fixtures')).body;
    expect(Object.keys(fixtures['regions'] as object)).toEqual(['ap-singapore']);
    expect(fixtures).toMatchObject({ description: 'tcconform mock (tiny world)', regions: { 'ap-singapore': { lighthouse: { blueprintId: 'lhbp-tiny0001', recipientAccountIds: ['201'] } } } });
    const world = (await admin('GET', '/_admin/world')).body;
    expect(JSON.stringify(world)).not.toContain('tinyKey');
    expect((await admin('POST', '/_admin/reset')).status).toBe(200);
    expect(mock.admin.seed({ ...(await import('../world/default-world.ts')).defaultWorld() }).ok).toBe(true);
  });

  it('reads and clears the journal', async () => {
    await request(`${mock.url}/`, { method: 'PUT' }).then((r) => r.body.text());
    const journal = (await admin('GET', '/_admin/journal?limit=1')).body['entries'] as Array<Record<string, unknown>>;
    expect(journal).toHaveLength(1);
    expect(journal[0]).toMatchObject({ code: 'UnsupportedProtocol', stateChanged: false });
    expect((await admin('DELETE', '/_admin/journal')).status).toBe(200);
    expect((await admin('GET', '/_admin/journal')).body['entries']).toEqual([]);
  });
});
