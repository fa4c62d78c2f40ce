// The stateful heart of the mock, without any socket: the current state, faults, rate windows and journal, and
// `handle`, which answers one request synchronously. The HTTP server and the admin interface sit around it.
import type { Operation } from '../../generated/operations.ts';
import { createFaultState, type FaultState } from '../faults/fault-state.ts';
import type { FaultPlan } from '../faults/fault-plan.ts';
import { createJournal, type Journal } from '../journal/journal.ts';
import { compactProcessed, journalEntryOf, truncatedWire, type HandledRequest } from './journal-entry-of.ts';
import { protocolErrors } from '../protocol/errors.ts';
import { envelopeBody } from '../protocol/envelope.ts';
import { createRateLimiter, type RateLimiter } from '../rate/rate-limiter.ts';
import { randomIds, systemClock, type Clock, type IdSource } from '../rules/clock.ts';
import { stateOf, type State } from '../world/state.ts';
import type { Site, World } from '../world/world.ts';
import { offeredOnSite } from '../../generated/site-contracts.ts';
import { siteAnswerShaper, type AnswerForms, type FieldShaper } from './site-answer.ts';
import type { PipelineEnv } from './pipeline-env.ts';
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
  /** The site whose contract the mock plays: its actions only (others are InvalidAction) and its fields only.
   * Undefined: every action and field of both sites. */
  readonly site?: Site;
  /** Forms of answers the vendor's artifacts show beside the documented ones (site-answer.ts). */
  readonly answerForms?: AnswerForms;
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

/** The engine's mutable parts, replaced whole by seeding, resetting and fault changes. */
interface Live {
  seed: World;
  state: State;
  secrets: string[];
  faults: FaultState;
  /** The RequestId of the last answer (for the repeated-request-id deviation). */
  lastRequestId?: string;
}

/** The parts fixed for the engine's life. */
interface Fixed {
  readonly operations: readonly Operation[];
  readonly documented: ReadonlyMap<string, ReadonlySet<string>>;
  readonly clock: Clock;
  readonly ids: IdSource;
  readonly limiter: RateLimiter | undefined;
  readonly journal: Journal;
  readonly shape: FieldShaper | undefined;
}

/** A fresh engine seeded with `options.world`. */
export function createEngine(options: EngineOptions): Engine {
  const clock = options.clock ?? systemClock;
  const site = options.site;
  const fixed: Fixed = {
    // A mock playing one site routes only that site's actions: the others are InvalidAction, as on that site.
    operations: site === undefined ? options.operations : options.operations.filter((op) => offeredOnSite(op.key, site)),
    documented: new Map(options.operations.map((op) => [op.key, new Set(Object.keys(op.errorCodes))] as const)),
    clock,
    ids: options.ids ?? randomIds,
    limiter: options.rateLimits === false ? undefined : createRateLimiter(clock),
    journal: createJournal(options.journalCapacity),
    shape: siteAnswerShaper(site, options.answerForms),
  };
  const noFaults = () => createFaultState({}, options.random);
  const live: Live = { seed: options.world, state: stateOf(options.world), secrets: secretsOf(options.world), faults: noFaults() };
  return {
    handle: (request) => handleRequest(fixed, live, request),
    seedWorld: (world) => {
      Object.assign(live, { seed: world, state: stateOf(world), secrets: secretsOf(world) });
      fixed.limiter?.clear();
    },
    reset: () => {
      Object.assign(live, { state: stateOf(live.seed), faults: noFaults() });
      fixed.limiter?.clear();
    },
    setFaults: (plan) => {
      live.faults = createFaultState(plan, options.random);
    },
    faultPlan: () => live.faults.plan(),
    journal: fixed.journal,
    state: () => live.state,
    seed: () => live.seed,
    operations: options.operations,
  };
}

/** Runs the pipeline, commits the state, renders the envelope and journals the request. */
function handleRequest(fixed: Fixed, live: Live, request: IncomingRequest): Reply {
  const started = performance.now();
  const env: PipelineEnv = {
    operations: fixed.operations, documented: fixed.documented, clock: fixed.clock, ids: fixed.ids, limiter: fixed.limiter,
    state: live.state, faults: live.faults, shape: fixed.shape,
  };
  let processed: Processed;
  try {
    processed = processRequest(env, request);
  } catch {
    processed = refusal(live.state, protocolErrors.unexpected());
  }
  live.state = processed.state;
  // repeated-request-id: the previous answer's RequestId again (a gateway that caches or reuses IDs).
  const requestId = processed.repeatRequestId && live.lastRequestId !== undefined ? live.lastRequestId : fixed.ids.requestId();
  live.lastRequestId = requestId;
  const body = processed.drop ? '' : envelopeBody(processed.answer, processed.omitRequestId ? undefined : requestId);
  const durationMs = Math.round((performance.now() - started) * 1000) / 1000;
  const seq = fixed.journal.nextSeq();
  const handled: HandledRequest = {
    seq, timeMs: fixed.clock.nowMs(), peer: request.peer, wire: truncatedWire(request.wire), processed: compactProcessed(processed, request.wire),
    requestId, durationMs, secrets: live.secrets,
  };
  // Built (and redacted) only if someone reads the journal.
  fixed.journal.add(seq, () => journalEntryOf(handled));
  return { drop: processed.drop, body, delayMs: live.faults.latencyMs() + processed.delayMs };
}

function secretsOf(world: World): string[] {
  return world.accounts.flatMap((a) => a.credentials.flatMap((c) => (c.token === undefined ? [c.secretKey] : [c.secretKey, c.token])));
}
