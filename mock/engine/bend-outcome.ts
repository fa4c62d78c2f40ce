// The deviations that bend a business rule or its effect: the answer or the state stops following the docs.
import type { Params } from '../../core/types.ts';
import type { Operation } from '../../generated/operations.ts';
import { errorInsteadOfSuccess, successInsteadOfError } from '../faults/deviate-answer.ts';
import type { DeviationName } from '../faults/fault-plan.ts';
import type { Outcome } from '../rules/outcome.ts';
import { shareDirection } from '../rules/transitions.ts';
import type { PipelineEnv } from './pipeline-env.ts';
import { processedOf, type Processed, type ProcessedContext } from './processed.ts';

/** The transition's outcome, bent by success-instead-of-error, error-instead-of-success, share- and cancel-not-applied. */
export function bendOutcome(env: PipelineEnv, op: Operation, params: Params, outcome: Outcome, context: ProcessedContext): Processed {
  const faithful = processedOf(outcome, context);
  // No deviation injected (every run but the suite's self-tests): nothing to bend, no lookups per request.
  if (!env.faults.deviating) return faithful;
  const deviates = (name: DeviationName) => env.faults.deviates(name, { key: op.key, action: op.action });
  const kept = (answer: Outcome['answer'], fault: DeviationName): Processed => processedOf({ answer, state: env.state, changed: false }, context, [fault]);
  if (!outcome.answer.ok && deviates('success-instead-of-error')) {
    return kept(successInsteadOfError(op.key, params, env.ids), 'success-instead-of-error');
  }
  if (outcome.answer.ok && deviates('error-instead-of-success')) {
    return kept(errorInsteadOfSuccess(Object.keys(op.errorCodes)), 'error-instead-of-success');
  }
  const direction = outcome.changed ? shareDirection(op.key, params) : undefined;
  if (direction === 'share' && deviates('share-not-applied')) return kept(outcome.answer, 'share-not-applied');
  if (direction === 'cancel' && deviates('cancel-not-applied')) return kept(outcome.answer, 'cancel-not-applied');
  return faithful;
}
