// The stateful heart of the mock, without any socket: the current state, faults, rate windows and journal, and
// `handle`, which answers one request synchronously. The HTTP server and the admin interface sit around it.
import type { Operation } from '../../generated/operations.ts';
import { createFaultState, type FaultState } from '../faults/fault-state.ts';
import type { FaultPlan } from '../faults/fault-plan.ts';
import { createJournal, type Journal } from '../journal/journal.ts';
import { journalEntryOf } from '../journal/journal-entry-of.ts';
import { protocolErrors } from '../http/errors.ts';
import { envelopeBody } from '../http/envelope.ts';
import { createRateLimiter } from '../rate/rate-limiter.ts';
import { randomIds, systemClock, type Clock, type IdSource } from '../rules/clock.ts';
import { stateOf, type State } from '../world/state.ts';
import type { World } from '../world/world.ts';
import { processRequest, type IncomingRequest } from './process-request.ts';
import { refusal, type Processed } from './processed.ts';

/** How to build an engine; only `world` and `operations` are required. */
export interface EngineOptions {
  readonly world: World;
  readonly operations: readonly Operation[];
  readonly rateLimits?: boolean;
  readonly clock?: Clock;
  readonly ids?: IdSource;
  /** Dice for fractional faults, [0, 1). */
  readonly random?: () => number;
  readonly journalCapacity?: number;
}

/** What the server does with a request: send `body` after `delayMs`, or drop the connection. */
export interface Reply {
  readonly drop: boolean;
  readonly body: string;
  readonly delayMs: number;
}

/** The engine: request handling plus the controls the admin interface exposes. */
export interface Engine {
  readonly handle: (request: IncomingRequest) => Reply;
  readonly seedWorld: (world: World) => void;
  readonly reset: () => void;
  readonly setFaults: (plan: FaultPlan) => void;
  readonly faultPlan: () => FaultPlan;
  readonly journal: Journal;
  readonly state: () => State;
  readonly seed: () => World;
  readonly operations: readonly Operation[];
}

/** A fresh engine seeded with `options.world`. */
export function createEngine(options: EngineOptions): Engine {
  const clock = options.clock ?? systemClock;
  const ids = options.ids ?? randomIds;
  const limiter = options.rateLimits === false ? undefined : createRateLimiter(clock);
  const journal = createJournal(options.journalCapacity);
  const documented = new Map(options.operations.map((op) => [op.key, new Set(Object.keys(op.errorCodes))] as const));
  let seed = options.world;
  let state = stateOf(seed);
  let secrets = secretsOf(seed);
  let faults: FaultState = createFaultState({}, options.random);
  const handle = (request: IncomingRequest): Reply => {
    const started = performance.now();
    const env = { operations: options.operations, documented, state, clock, ids, faults, limiter };
    let processed: Processed;
    try {
      processed = processRequest(env, request);
    } catch {
      processed = refusal(state, protocolErrors.unexpected());
    }
    state = processed.state;
    const requestId = ids.requestId();
    const body = processed.drop ? '' : envelopeBody(processed.answer, processed.omitRequestId ? undefined : requestId);
    const durationMs = Math.round((performance.now() - started) * 1000) / 1000;
    const time = new Date(clock.nowMs()).toISOString();
    journal.add(journalEntryOf({ seq: journal.nextSeq(), time, peer: request.peer, wire: request.wire, processed, requestId, durationMs, secrets }));
    return { drop: processed.drop, body, delayMs: faults.latencyMs() };
  };
  return {
    handle,
    seedWorld: (world) => {
      seed = world;
      state = stateOf(world);
      secrets = secretsOf(world);
      limiter?.clear();
    },
    reset: () => {
      state = stateOf(seed);
      limiter?.clear();
      faults = createFaultState({}, options.random);
    },
    setFaults: (plan) => {
      faults = createFaultState(plan, options.random);
    },
    faultPlan: () => faults.plan(),
    journal,
    state: () => state,
    seed: () => seed,
    operations: options.operations,
  };
}

function secretsOf(world: World): string[] {
  return world.accounts.flatMap((a) => a.credentials.flatMap((c) => (c.token === undefined ? [c.secretKey] : [c.secretKey, c.token])));
}
