// The admin API over HTTP, under /_admin/ on the mock's own port, for loopback peers only. Plain JSON with real
// status codes (this is the mock's control interface, not the vendor API). Credentials never leave over HTTP
// except the caller's in /_admin/fixtures, which a standalone run needs.
import { parse as parseYaml } from 'yaml';
import { mediaType } from '../../core/media-type.ts';
import { formatWorldProblem } from '../world/world-problem.ts';
import type { World } from '../world/world.ts';
import type { MockAdmin } from './admin-api.ts';
import { isLoopback } from './is-loopback.ts';

/** The path prefix the admin interface lives under; no vendor API path starts with it. */
export const ADMIN_PREFIX = '/_admin/';

/** An admin request as the server hands it over. */
export interface AdminRequest {
  readonly method: string;
  readonly path: string;
  readonly contentType: string | undefined;
  readonly body: string;
  readonly peer: string | undefined;
}

/** Status and JSON body. */
export interface AdminResponse {
  readonly status: number;
  readonly body: unknown;
}

const ROUTES = ['POST /_admin/reset', 'POST /_admin/seed', 'GET|PUT|DELETE /_admin/faults', 'GET|DELETE /_admin/journal?since=&limit=', 'GET /_admin/world', 'GET /_admin/fixtures'];

/** Answers one admin request. */
export function handleAdmin(admin: MockAdmin, req: AdminRequest): AdminResponse {
  if (!isLoopback(req.peer)) return { status: 403, body: { error: 'the admin interface answers loopback peers only' } };
  const url = new URL(req.path, 'http://mock.invalid');
  const route = `${req.method.toUpperCase()} ${url.pathname.replace(/\/+$/, '')}`;
  switch (route) {
    case 'GET /_admin':
      return ok({ routes: ROUTES });
    case 'POST /_admin/reset':
      admin.reset();
      return ok({ ok: true });
    case 'POST /_admin/seed':
      return seed(admin, req);
    case 'GET /_admin/faults':
      return ok(admin.faults());
    case 'PUT /_admin/faults':
    case 'POST /_admin/faults':
      return setFaults(admin, req.body);
    case 'DELETE /_admin/faults':
      admin.clearFaults();
      return ok({ ok: true });
    case 'GET /_admin/journal':
      return ok({ entries: admin.journal({ since: intParam(url, 'since'), limit: intParam(url, 'limit') }) });
    case 'DELETE /_admin/journal':
      admin.clearJournal();
      return ok({ ok: true });
    case 'GET /_admin/world':
      return ok(withoutSecrets(admin.world()));
    case 'GET /_admin/fixtures':
      return ok(admin.fixtures());
    default:
      return { status: 404, body: { error: `no admin route ${route}`, routes: ROUTES } };
  }
}

function seed(admin: MockAdmin, req: AdminRequest): AdminResponse {
  let document: unknown;
  try {
    document = /ya?ml/.test(mediaType(req.contentType)) ? parseYaml(req.body) : JSON.parse(req.body);
  } catch (error) {
    return { status: 400, body: { error: `the world is not valid JSON or YAML: ${(error as Error).message.split('\n')[0]}` } };
  }
  const seeded = admin.seed(document, '(admin seed)');
  return seeded.ok ? ok({ ok: true }) : { status: 400, body: { error: 'invalid world', problems: seeded.error.map(formatWorldProblem) } };
}

function setFaults(admin: MockAdmin, body: string): AdminResponse {
  let plan: unknown;
  try {
    plan = JSON.parse(body === '' ? '{}' : body);
  } catch (error) {
    return { status: 400, body: { error: `the fault plan is not JSON: ${(error as Error).message}` } };
  }
  const set = admin.setFaults(plan as never);
  return set.ok ? ok(admin.faults()) : { status: 400, body: { error: 'invalid fault plan', problems: set.error } };
}

function intParam(url: URL, name: string): number | undefined {
  const raw = url.searchParams.get(name);
  return raw !== null && /^\d{1,9}$/.test(raw) ? Number(raw) : undefined;
}

function withoutSecrets(world: World): World {
  return {
    ...world,
    accounts: world.accounts.map((a) => ({
      ...a,
      credentials: a.credentials.map((c) => ({ ...c, secretKey: '***', ...(c.token !== undefined ? { token: '***' } : {}) })),
    })),
  };
}

function ok(body: unknown): AdminResponse {
  return { status: 200, body };
}
