// Every answer a case gets (sent, observed, undone, or read back) passes here: its RequestId is noted in the run's
// registry (one per worker process; the conformance project runs its files in one), and an answer repeating a
// RequestId the run already saw is judged by request_id_uniqueness.

import type { Finding } from '../../checks/finding.ts';
import { requestIdUniqueness, type AnsweredRequest } from '../../checks/request-id-uniqueness.ts';
import type { TargetClient } from './target-client.ts';

const seen = new Map<string, AnsweredRequest>();

/** Notes `answer` and returns the findings about it (empty unless its RequestId was seen before). */
export function noteRequestId(answer: AnsweredRequest): Finding[] {
  const earlier = seen.get(answer.requestId);
  if (earlier === undefined) seen.set(answer.requestId, answer);
  return requestIdUniqueness(answer, earlier);
}

/** `inner`, noting the RequestId of every enveloped answer for case `caseId`; findings go to `sink`. */
export function watchRequestIds(inner: TargetClient, caseId: string, sink: (findings: readonly Finding[]) => void): TargetClient {
  return {
    credentials: inner.credentials,
    close: () => inner.close(),
    call: async (req) => {
      const sent = await inner.call(req);
      const requestId = sent.envelope.kind === 'neither' ? undefined : sent.envelope.requestId;
      if (requestId !== undefined && requestId !== '') {
        const findings = noteRequestId({ requestId, operation: req.operation.key, caseId });
        if (findings.length > 0) sink(findings);
      }
      return sent;
    },
  };
}
