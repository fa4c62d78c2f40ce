// request_id_uniqueness: every answer carries its own RequestId. Two answers of one run with the same RequestId
// mean the target (or a gateway in front of it) repeats IDs, so a RequestId no longer locates one request.

import { finding, type Finding } from './finding.ts';

/** One answered request, as far as its RequestId goes. */
export interface AnsweredRequest {
  readonly requestId: string;
  /** Operation key of the request. */
  readonly operation: string;
  /** The case that sent it (for the message). */
  readonly caseId: string;
}

/** Flags `answer` when `earlier` (the first answer of the run with the same RequestId) exists. */
export function requestIdUniqueness(answer: AnsweredRequest, earlier: AnsweredRequest | undefined): Finding[] {
  if (earlier === undefined || earlier.requestId !== answer.requestId) return [];
  const where = earlier.caseId === answer.caseId ? 'earlier in this case' : `in case ${earlier.caseId}`;
  return [finding({
    check: 'request_id_uniqueness', severity: 'major', operation: answer.operation,
    title: 'Two answers carry the same RequestId',
    detail: `RequestId ${answer.requestId} answered this ${answer.operation} request and, ${where}, a ${earlier.operation} request; the docs give every request its own RequestId, the handle for locating it.`,
    docs: ['common-errors-page', 'node-sdk'],
    dedupKey: `request_id_uniqueness|${answer.operation}`,
  })];
}
