// The deviations that reshape any answer of an operation (or of every request, when unscoped): an undocumented
// code, a field of the wrong JSON type, a missing or repeated RequestId, a TotalCount or lookup that disagrees.
import { staleLookup, totalCountOffByOne, undocumentedCode, wrongFieldType } from '../faults/deviate-answer.ts';
import type { DeviationName } from '../faults/fault-plan.ts';
import type { PipelineEnv } from './pipeline-env.ts';
import type { Processed } from './processed.ts';

/** `processed` with the answer-shaping deviations applied and named in `faults`. */
export function finishAnswer(env: PipelineEnv, processed: Processed): Processed {
  // No deviation injected: the answer stands as it is.
  if (!env.faults.deviating) return processed;
  const ref = processed.op === undefined ? undefined : { key: processed.op.key, action: processed.op.action };
  const deviates = (name: DeviationName) => env.faults.deviates(name, ref);
  let { answer } = processed;
  const faults = [...processed.faults];
  if (!answer.ok && deviates('undocumented-error-code')) {
    answer = undocumentedCode(answer);
    faults.push('undocumented-error-code');
  }
  if (answer.ok && deviates('total-count-off-by-one')) {
    answer = totalCountOffByOne(answer);
    faults.push('total-count-off-by-one');
  }
  if (answer.ok && processed.op?.key === 'lighthouse.DescribeBlueprints' && deviates('lookup-disagrees-with-listing')) {
    answer = staleLookup(answer, processed.params);
    faults.push('lookup-disagrees-with-listing');
  }
  if (answer.ok && deviates('wrong-field-type')) {
    answer = wrongFieldType(answer);
    faults.push('wrong-field-type');
  }
  const omitRequestId = deviates('missing-request-id');
  if (omitRequestId) faults.push('missing-request-id');
  const repeatRequestId = deviates('repeated-request-id');
  if (repeatRequestId) faults.push('repeated-request-id');
  return { ...processed, answer, faults, omitRequestId, repeatRequestId };
}
