// The signing rules an injected deviation leaves unenforced for one operation, as core's verifiers take them.
import { SIGNING_RULES, type SigningRule } from '../../core/signing-rules.ts';
import { signingDeviation } from './fault-plan.ts';
import type { FaultState, OperationRef } from './fault-state.ts';

/** The rules whose `<rule>-not-enforced` deviation applies to `op`; undefined when none (every faithful request). */
export function unenforcedRules(faults: FaultState, op: OperationRef): ReadonlySet<SigningRule> | undefined {
  if (!faults.deviating) return undefined;
  const off = SIGNING_RULES.filter((rule) => faults.deviates(signingDeviation(rule), op));
  return off.length === 0 ? undefined : new Set(off);
}
