// The embedded mock: `startMock()` serves the eight emulated actions of both products on a free loopback port,
// seeded with the default world (or the one given), and hands back its URL, fixtures and admin controls.
import { ConfigError } from '../core/errors.ts';
import type { Fixtures } from '../core/fixtures.ts';
import { operations } from '../generated/operations.ts';
import { createAdmin, type MockAdmin } from './admin/admin-api.ts';
import { createEngine } from './engine/engine.ts';
import { listen } from './http/server.ts';
import type { Clock, IdSource } from './rules/clock.ts';
import { defaultWorld } from './world/default-world.ts';
import { loadWorldFile } from './world/load-world-file.ts';
import { validateWorld } from './world/validate-world.ts';
import type { Site, World } from './world/world.ts';
import { formatWorldProblems } from './world/world-problem.ts';
import { rehomeWorld } from './world/rehome-world.ts';
import type { AnswerForms } from './engine/site-answer.ts';

// Re-exported so users of the embedded mock need only this module.
export type { MockAdmin } from './admin/admin-api.ts';
export type { FaultPlan, Deviation, DeviationName, CountedFault } from './faults/fault-plan.ts';
export { DEVIATION_NAMES } from './faults/fault-plan.ts';
export type { JournalEntry } from './journal/journal-entry.ts';
export type { World, Site, Account, Blueprint, CvmImage } from './world/world.ts';
export type { AnswerForms } from './engine/site-answer.ts';
// The default world and its well-known ids and keys, world files, the documented error-code table and the request
// reader: what the CLI, the SDK gate, parity and the benchmarks use of the mock besides a running one.
export { defaultWorld } from './world/default-world.ts';
export { ACCOUNTS, KEYS } from './world/default-ids.ts';
export { loadWorldFile } from './world/load-world-file.ts';
export { formatWorldProblem } from './world/world-problem.ts';
export { ERROR_CODE_TABLE, TABLE_REGION } from './docs/error-code-table.ts';
export { wireOf } from './http/wire-of.ts';

/** How to start the mock; everything is optional. */
export interface StartMockOptions {
  /** A world object (validated) or the path of a world file (JSON or YAML); the default world otherwise. */
  readonly world?: World | string;
  /** Enforce the documented per-action rate limits (default true); off for fast property runs. */
  readonly rateLimits?: boolean;
  /** 0 (default) picks a free port. */
  readonly port?: number;
  readonly host?: '127.0.0.1';
  /** Test hooks: a deterministic clock, identifiers and dice. */
  readonly clock?: Clock;
  readonly ids?: IdSource;
  readonly random?: () => number;
  readonly journalCapacity?: number;
  /**
   * Play one site: the world's caller moves to it (rehome-world.ts), and the mock serves only the actions and
   * answers only the fields that site's definitions have. Absent: every action and field of both sites, world as given.
   */
  readonly site?: Site;
  /** Answer in forms the vendor's artifacts show beside the documented ones (nulls, an unknown field): site-answer.ts. */
  readonly answerForms?: AnswerForms;
}

/** A running mock. */
export interface MockHandle {
  /** `http://127.0.0.1:PORT` */
  readonly url: string;
  readonly port: number;
  /** The fixtures file describing the seeded world. */
  readonly fixtures: () => Fixtures;
  readonly admin: MockAdmin;
  /** Stops listening and closes every connection. */
  readonly close: () => Promise<void>;
}

/** Starts the mock; an invalid world is a ConfigError naming file, JSON pointer and problem. */
export async function startMock(options: StartMockOptions = {}): Promise<MockHandle> {
  const given = await resolveWorld(options.world);
  const world = options.site === undefined ? given : rehomeWorld(given, options.site);
  const engine = createEngine({
    world,
    operations,
    ...(options.site ? { site: options.site } : {}),
    ...(options.answerForms ? { answerForms: options.answerForms } : {}),
    rateLimits: options.rateLimits ?? true,
    ...(options.clock ? { clock: options.clock } : {}),
    ...(options.ids ? { ids: options.ids } : {}),
    ...(options.random ? { random: options.random } : {}),
    ...(options.journalCapacity ? { journalCapacity: options.journalCapacity } : {}),
  });
  const admin = createAdmin(engine);
  const host = options.host ?? '127.0.0.1';
  const server = await listen({ engine, admin, host, port: options.port ?? 0 });
  return { url: `http://${host}:${server.port}`, port: server.port, fixtures: admin.fixtures, admin, close: server.close };
}

async function resolveWorld(world: World | string | undefined): Promise<World> {
  if (world === undefined) return defaultWorld();
  const checked = typeof world === 'string' ? await loadWorldFile(world) : validateWorld(world, '(world option)');
  if (!checked.ok) throw new ConfigError(`invalid world:\n${formatWorldProblems(checked.error)}`);
  return checked.value;
}
