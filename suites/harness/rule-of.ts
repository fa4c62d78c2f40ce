// Looks up a documented rule (of an operation, or of the protocol) by id; a missing id is a bug in a suite, not a finding.

import { protocolRules, type Operation, type OperationRule, type ProtocolRule } from '../../generated/operations.ts';
import { HarnessError } from '../../core/errors.ts';

/** The rule `id` of `op` (from the spec's x-tc-rules). */
export function ruleOf(op: Operation, id: string): OperationRule {
  const rule = op.rules.find((r) => r.id === id);
  if (rule === undefined) throw new HarnessError(`spec has no rule ${id} on ${op.key}`);
  return rule;
}

/** The protocol rule `id` (the spec's rules for every action: signing, envelope, rate limits). */
export function protocolRuleOf(id: string): ProtocolRule {
  const rule = protocolRules.find((r) => r.id === id);
  if (rule === undefined) throw new HarnessError(`spec has no protocol rule ${id}`);
  return rule;
}
