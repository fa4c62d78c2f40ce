// The control surface of a running mock, as a programmatic API (the embedded mock) and, through admin-http, under
// /_admin/ on the same server for loopback peers. Every failure is a value.
import type { Fixtures } from '../../core/fixtures.ts';
import type { Result } from '../../core/types.ts';
import type { Engine } from '../engine/engine.ts';
import { parseFaultPlan, type FaultPlan } from '../faults/fault-plan.ts';
import { deriveFixtures } from '../fixtures/derive-fixtures.ts';
import type { JournalEntry } from '../journal/journal-entry.ts';
import type { JournalQuery } from '../journal/journal.ts';
import { loadWorldFile } from '../world/load-world-file.ts';
import { stateOf, worldOf } from '../world/state.ts';
import { validateWorld } from '../world/validate-world.ts';
import type { World } from '../world/world.ts';
import type { WorldProblem } from '../world/world-problem.ts';

/** What a test, the CLI or the admin HTTP interface can do to a running mock. */
export interface MockAdmin {
  /** Back to the seeded world; rate-limit windows and faults are cleared (the journal is kept). */
  readonly reset: () => void;
  /** Validates a world (an object, e.g. parsed from JSON or YAML) and makes it the seed and the current state. */
  readonly seed: (world: unknown, file?: string) => Result<void, WorldProblem[]>;
  /** Reads, validates and seeds a world file. */
  readonly seedFile: (path: string) => Promise<Result<void, WorldProblem[]>>;
  /** Replaces the injected faults (validated: unknown fields or deviation names are refused). */
  readonly setFaults: (plan: FaultPlan) => Result<void, string[]>;
  /** Removes every injected fault. */
  readonly clearFaults: () => void;
  /** The faults in force. */
  readonly faults: () => FaultPlan;
  /** Journal entries, oldest first (redacted). */
  readonly journal: (query?: JournalQuery) => JournalEntry[];
  readonly clearJournal: () => void;
  /** The current state as a world (with credentials: keep it in-process). */
  readonly world: () => World;
  /** The fixtures describing the seeded world (stable while a run changes the state). */
  readonly fixtures: () => Fixtures;
}

/** The admin API of `engine`. */
export function createAdmin(engine: Engine): MockAdmin {
  const seed = (world: unknown, file = '(seed)'): Result<void, WorldProblem[]> => {
    const valid = validateWorld(world, file);
    if (!valid.ok) return valid;
    engine.seedWorld(valid.value);
    return { ok: true, value: undefined };
  };
  return {
    reset: () => engine.reset(),
    seed,
    seedFile: async (path) => {
      const loaded = await loadWorldFile(path);
      if (!loaded.ok) return loaded;
      engine.seedWorld(loaded.value);
      return { ok: true, value: undefined };
    },
    setFaults: (plan) => {
      const parsed = parseFaultPlan(plan);
      if (!parsed.ok) return parsed;
      engine.setFaults(parsed.value);
      return { ok: true, value: undefined };
    },
    clearFaults: () => engine.setFaults({}),
    faults: () => engine.faultPlan(),
    journal: (query) => engine.journal.read(query),
    clearJournal: () => engine.journal.clear(),
    world: () => worldOf(engine.state()),
    fixtures: () => deriveFixtures(stateOf(engine.seed()), engine.operations),
  };
}
