// The request pipeline, first half. Order of checks (mock/README.md): transport refusals (method, size, timeout)
// → parse (form, Action, Version, body) → route (InvalidAction, NoSuchVersion) → injected drop / InternalError
// → the routed half (processRouted). Never throws for any request; the engine still guards against bugs.
import { headerValue } from '../../core/header-value.ts';
import { parseIncoming } from '../../core/parse-incoming.ts';
import type { VendorError, WireRequest } from '../../core/types.ts';
import type { OperationRef } from '../faults/fault-state.ts';
import { protocolErrors } from '../protocol/errors.ts';
import { routeOperation } from '../protocol/route-operation.ts';
import { finishAnswer } from './finish-answer.ts';
import type { PipelineEnv } from './pipeline-env.ts';
import { processRouted } from './process-routed.ts';
import { refusal, type Processed } from './processed.ts';

/** A request as the server hands it over; `refused` is set when the transport already refused it. */
export interface IncomingRequest {
  readonly wire: WireRequest;
  readonly peer: string;
  readonly refused?: VendorError;
}

/** Runs every check and, for a valid request, the action's transition. */
export function processRequest(env: PipelineEnv, request: IncomingRequest): Processed {
  if (request.refused !== undefined) return finishAnswer(env, refusal(env.state, request.refused));
  const parsed = parseIncoming(request.wire);
  if (!parsed.ok) return finishAnswer(env, refusal(env.state, parsed.error));
  const call = parsed.value;
  const routed = routeOperation(env.operations, call, headerValue(request.wire.headers, 'host'));
  const ref: OperationRef | undefined = routed.ok ? { key: routed.value.key, action: routed.value.action } : undefined;
  if (env.faults.drop(ref)) return refusal(env.state, protocolErrors.internal(), { call }, ['dropConnection'], true);
  if (!routed.ok) return finishAnswer(env, refusal(env.state, routed.error, { call }));
  const op = routed.value;
  if (env.faults.fail(ref)) return finishAnswer(env, refusal(env.state, protocolErrors.internal(), { call, op }, ['internalError']));
  return finishAnswer(env, shaped(env, processRouted(env, request.wire, call, op)));
}

/** The routed answer as the site the mock plays words it (unchanged when it plays no site). */
function shaped(env: PipelineEnv, processed: Processed): Processed {
  const { answer, op } = processed;
  if (env.shape === undefined || !answer.ok || op === undefined) return processed;
  return { ...processed, answer: { ok: true, fields: env.shape(op.key, answer.fields) } };
}
