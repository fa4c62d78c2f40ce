// envelope_conformance: HTTP 200, a Response wrapper, a UUID RequestId, Error never beside success fields.

import { finding, type Finding } from './finding.ts';
import type { CheckInput } from './check-input.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Judges the envelope of one answered exchange. */
export function envelopeConformance(input: CheckInput): Finding[] {
  const { exchange, envelope, operation } = input;
  const base = { check: 'envelope_conformance' as const, operation: operation.key, docs: ['common-errors-page', 'node-sdk'] };
  const out: Finding[] = [];
  const status = exchange.response?.status;
  if (status !== undefined && status !== 200) {
    out.push(finding({ ...base, severity: 'critical', title: `HTTP status ${status} instead of 200`,
      detail: `API 3.0 answers every request with HTTP 200 and puts errors in the envelope; got ${status}. The Node SDK treats any other status as a transport failure without an error code.` }));
  }
  if (envelope.kind === 'neither') {
    out.push(finding({ ...base, severity: 'critical', title: 'Not a well-formed envelope', detail: envelope.problem }));
    return out;
  }
  const requestId = envelope.requestId;
  if (requestId === undefined) {
    out.push(finding({ ...base, severity: 'major', title: 'Missing RequestId', detail: 'Every answered request carries a RequestId in Response.' }));
  } else if (!UUID.test(requestId)) {
    out.push(finding({ ...base, severity: 'minor', title: 'RequestId is not a UUID', detail: `RequestId ${JSON.stringify(requestId)} is not in UUID form.` }));
  }
  return out;
}
