// The live side of a fault plan: how many of the `next N` faults are left, and the dice for fractions.
import type { CountedFault, DeviationName, FaultPlan } from './fault-plan.ts';

/** The operation a request was routed to, when it was. */
export interface OperationRef {
  readonly key: string;
  readonly action: string;
}

/** Decisions a request asks the faults for. */
export interface FaultState {
  readonly plan: () => FaultPlan;
  readonly latencyMs: () => number;
  /** Whether to drop this request's connection (consumes one of `next`). */
  readonly drop: (op: OperationRef | undefined) => boolean;
  /** Whether to answer InternalError (consumes one of `next`). */
  readonly fail: (op: OperationRef | undefined) => boolean;
  readonly deviates: (name: DeviationName, op: OperationRef | undefined) => boolean;
  /** Whether any deviation is injected (false in every run but the suite's self-tests: nothing to look up then). */
  readonly deviating: boolean;
}

/** True when a fault scoped to `scope` (an action name or operation key) applies to `op`. */
export function inScope(scope: string | undefined, op: OperationRef | undefined): boolean {
  if (scope === undefined) return true;
  return op !== undefined && (scope === op.key || scope === op.action);
}

/** The state of `plan`; `random` returns [0, 1) and is injectable for deterministic tests. */
export function createFaultState(plan: FaultPlan, random: () => number = Math.random): FaultState {
  const deviations = plan.deviations ?? [];
  const left = { drop: plan.dropConnection?.next ?? 0, fail: plan.internalError?.next ?? 0 };
  const decide = (fault: CountedFault | undefined, which: 'drop' | 'fail', op: OperationRef | undefined): boolean => {
    if (fault === undefined || !inScope(fault.action, op)) return false;
    if (left[which] > 0) {
      left[which] -= 1;
      return true;
    }
    return fault.fraction !== undefined && fault.fraction > 0 && random() < fault.fraction;
  };
  return {
    plan: () => plan,
    latencyMs: () => plan.latencyMs ?? 0,
    drop: (op) => decide(plan.dropConnection, 'drop', op),
    fail: (op) => decide(plan.internalError, 'fail', op),
    deviates: (name, op) => deviations.length > 0 && deviations.some((d) => d.name === name && inScope(d.action, op)),
    deviating: deviations.length > 0,
  };
}
