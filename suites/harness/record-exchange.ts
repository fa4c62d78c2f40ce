// Shrinks one redacted exchange to what the report shows (bodies truncated so 100,000 cases stay small).

import type { RecordedExchange } from '../../checks/case-record.ts';
import type { CallRequest, Sent } from './target-client.ts';

const MAX_BODY = 2000;

/** The report's copy of an exchange: the logical request, the redacted wire request, the answer. */
export function recordExchange(req: CallRequest, sent: Sent): RecordedExchange {
  const { exchange } = sent;
  const w = exchange.request;
  return {
    request: { operation: req.operation.key, region: sent.region, form: req.form ?? 'post-json', params: req.params },
    wire: { method: w.method, path: cut(w.path), headers: w.headers, body: cut(w.body) },
    ...(exchange.response ? { status: exchange.response.status, responseBody: cut(exchange.response.body) } : {}),
    ...(exchange.failure ? { failure: `${exchange.failure.code}: ${exchange.failure.message}` } : {}),
    ms: exchange.timings.totalMs,
  };
}

function cut(s: string): string {
  return s.length > MAX_BODY ? `${s.slice(0, MAX_BODY)}… (${s.length} bytes)` : s;
}
