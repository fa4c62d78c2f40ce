// One auth case: a documented signing rule, and the few requests that each break exactly that rule. Every one of
// them must be refused with a code the spec allows for the rule; a success is always a finding.

import type { Credentials } from '../../core/types.ts';
import type { Operation } from '../../generated/operations.ts';
import type { CallRequest } from '../harness/target-client.ts';
import type { AuthProbe } from './auth-probes.ts';

/** What a case builds its requests from. */
export interface AuthContext {
  readonly op: Operation;
  readonly probe: AuthProbe;
  /** The run's credentials: the broken signatures are made with the real key, so only the broken rule can fail. */
  readonly credentials: Credentials;
  /** Unix seconds. */
  readonly now: number;
  /** The action's position among the eight: a case with two forms of one breach sends one of them, alternating. */
  readonly index: number;
}

/** A case of suites/auth. */
export interface AuthCase {
  /** Case id suffix: `<operation>.auth.<id>`. */
  readonly id: string;
  /** The spec's protocol rule (specs/common.yaml). */
  readonly rule: string;
  readonly title: string;
  readonly requests: (ctx: AuthContext) => readonly CallRequest[];
}

/** The probe request of `ctx`, with `extra` (form, sign method, signing edit, …). */
export function probeCall(ctx: AuthContext, extra: Omit<Partial<CallRequest>, 'operation' | 'params'> = {}): CallRequest {
  return { operation: ctx.op, params: ctx.probe.params, ...extra };
}

/**
 * One of two forms of the same breach (say, SignedHeaders without content-type, or without host): even actions get
 * the first, odd ones the second, so each form is judged on four actions and each case stays one request.
 */
export function alternate(ctx: AuthContext, first: () => CallRequest, second: () => CallRequest): CallRequest[] {
  return [ctx.index % 2 === 0 ? first() : second()];
}
