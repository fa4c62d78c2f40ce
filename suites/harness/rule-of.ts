// Looks up a documented rule of an operation by id; a missing id is a bug in a suite, not a finding.

import type { Operation, OperationRule } from '../../generated/operations.ts';
import { HarnessError } from '../../core/errors.ts';

/** The rule `id` of `op` (from the spec's x-tc-rules). */
export function ruleOf(op: Operation, id: string): OperationRule {
  const rule = op.rules.find((r) => r.id === id);
  if (rule === undefined) throw new HarnessError(`spec has no rule ${id} on ${op.key}`);
  return rule;
}
