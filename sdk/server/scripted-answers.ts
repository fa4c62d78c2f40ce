// The malformed answers the robustness check serves (pure data): what a broken gateway, a proxy's error page or a
// stalled backend looks like to the SDK. Each must end the SDK's call within its reqTimeout, with an error.

/** How a scripted server answers. */
export interface ScriptedAnswer {
  readonly id: string;
  readonly says: string;
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  /** Sent right away (for `stall`: the part sent before stalling). */
  readonly body: string;
  /** Wait before answering at all (longer than the client's reqTimeout: a slow backend). */
  readonly delayMs?: number;
  /** Send headers and `body`, then never finish the response. */
  readonly stall?: boolean;
  /** Close the connection without any answer. */
  readonly drop?: boolean;
}

const RID = '6f5c3a3e-1d57-4a8e-9d0f-3b2a7c9e4d11';
const JSON_TYPE = { 'content-type': 'application/json' };

/** The malformed answers, for a client whose reqTimeout is `reqTimeoutMs`. */
export function scriptedAnswers(reqTimeoutMs: number): readonly ScriptedAnswer[] {
  return [
    { id: 'http-502-html', says: 'HTTP 502 with an HTML error page', status: 502, headers: { 'content-type': 'text/html' }, body: '<html><body><h1>502 Bad Gateway</h1></body></html>' },
    { id: 'http-200-html', says: 'HTTP 200 with an HTML page instead of JSON', status: 200, headers: { 'content-type': 'text/html' }, body: '<!doctype html><html><body>Service maintenance</body></html>' },
    { id: 'truncated-json', says: 'HTTP 200 with JSON cut off mid-way', status: 200, headers: JSON_TYPE, body: `{"Response":{"RequestId":"${RID}","TotalCount":3,"BlueprintSet":[{"Bluep` },
    { id: 'slow-answer', says: `an answer only after ${reqTimeoutMs + 2500} ms, beyond the ${reqTimeoutMs} ms reqTimeout`, status: 200, headers: JSON_TYPE, body: `{"Response":{"RequestId":"${RID}"}}`, delayMs: reqTimeoutMs + 2500 },
    { id: 'stalled-body', says: 'headers and half a body, then nothing', status: 200, headers: JSON_TYPE, body: '{"Response":{"Request', stall: true },
    { id: 'connection-dropped', says: 'the connection closed without any answer', status: 0, headers: {}, body: '', drop: true },
  ];
}
