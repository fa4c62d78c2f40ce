// One call of a case as the recording keeps it: the logical request, the redacted wire request without the
// headers that carry credentials, and the answer with the headers that matter.

import type { Credentials, Params } from '../../core/types.ts';
import type { CallRequest, Sent } from './target-client.ts';
import type { RecordedCall, RecordedCallRequest } from '../../recording/recording-format.ts';

/** Request headers never written (they carry the signature or the session token). */
const DROPPED_REQUEST_HEADERS = new Set(['authorization', 'x-tc-token']);
/** Response headers that say nothing about the API's behaviour (transport and time). */
const DROPPED_RESPONSE_HEADERS = new Set(['date', 'connection', 'keep-alive', 'transfer-encoding', 'content-length', 'set-cookie']);

/** The line for the `n`-th call of case `caseId`; `run` are the run's credentials. */
export function recordedCall(caseId: string, n: number, req: CallRequest, sent: Sent, run: Credentials): RecordedCall {
  const ex = sent.exchange;
  return {
    case: caseId, n,
    call: callRequestOf(req, sent.region, run, ex.timings.startedAt),
    url: ex.url,
    request: { method: ex.request.method, path: ex.request.path, headers: keep(ex.request.headers, DROPPED_REQUEST_HEADERS), body: ex.request.body },
    ...(ex.response ? { response: { status: ex.response.status, headers: keep(ex.response.headers, DROPPED_RESPONSE_HEADERS), body: ex.response.body } } : {}),
    ...(ex.failure ? { failure: ex.failure } : {}),
    timings: ex.timings,
    retries: sent.retries,
  };
}

/** The logical request of a call (what re-judging compares); `startedAt` gives the timestamp offset when known. */
export function callRequestOf(req: CallRequest, region: string | null, run: Credentials, startedAt?: string): RecordedCallRequest {
  const creds = req.credentials ?? run;
  const started = startedAt === undefined ? Number.NaN : Math.floor(Date.parse(startedAt) / 1000);
  return {
    operation: req.operation.key,
    ...(req.action === undefined ? {} : { action: req.action }),
    ...(req.version === undefined ? {} : { version: req.version }),
    region, form: req.form ?? 'post-json', signMethod: req.signMethod ?? 'TC3-HMAC-SHA256', params: jsonSafe(req.params),
    credentials: creds.secretId === run.secretId && creds.secretKey === run.secretKey ? 'run' : 'other',
    token: creds.token === undefined ? 'none' : creds.token === run.token ? 'run' : 'other',
    ...(req.timestamp === undefined || Number.isNaN(started) ? {} : { timestampOffsetS: req.timestamp - started }),
    ...(req.signing === undefined ? {} : { signing: req.signing }),
    ...(req.rateLimited ? { rateLimited: true } : {}),
    ...(req.unpaced ? { unpaced: true } : {}),
  };
}

/** Params as JSON carries them (what a recording can hold and compare). */
function jsonSafe(params: Params): Params {
  return JSON.parse(JSON.stringify(params) ?? '{}') as Params;
}

function keep(headers: Readonly<Record<string, string>>, dropped: ReadonlySet<string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of Object.keys(headers).sort()) if (!dropped.has(name.toLowerCase())) out[name] = headers[name] as string;
  return out;
}
