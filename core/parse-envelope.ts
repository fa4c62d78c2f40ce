// The API 3.0 response envelope, parsed strictly: anything but the two documented shapes is `neither`, and a
// `neither` is itself a finding for the checks.
//
// Strictness decided here:
//   - the body must be a JSON object whose only key is `Response`, and `Response` must be an object;
//   - error: `Error` must be an object with a non-empty string `Code` and a string `Message`, and nothing but
//     `RequestId` may sit beside it; a missing RequestId is tolerated (requestId undefined; a check reports it),
//     a RequestId that is present but not a non-empty string is not; extra keys inside `Error` are tolerated;
//   - success: `RequestId` must be a non-empty string (its UUID format is left to checks); `fields` are the other
//     keys of `Response`.
import type { Envelope } from './types.ts';

/** Classifies a response body as a success envelope, an error envelope, or neither (with the precise problem). */
export function parseEnvelope(body: string): Envelope {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch (error) {
    return neither(`body is not JSON: ${(error as Error).message}`);
  }
  if (!isObject(parsed)) return neither(`body is JSON ${describe(parsed)}, not an object`);
  const extra = Object.keys(parsed).filter((k) => k !== 'Response');
  if (!('Response' in parsed)) return neither(`body has no Response key${extra.length > 0 ? ` (keys: ${extra.join(', ')})` : ''}`);
  if (extra.length > 0) return neither(`unexpected top-level key(s) beside Response: ${extra.join(', ')}`);
  const response = parsed['Response'];
  if (!isObject(response)) return neither(`Response is ${describe(response)}, not an object`);
  return 'Error' in response ? errorEnvelope(response) : successEnvelope(response);
}

function errorEnvelope(response: Record<string, unknown>): Envelope {
  const error = response['Error'];
  if (!isObject(error)) return neither(`Response.Error is ${describe(error)}, not an object`);
  const beside = Object.keys(response).filter((k) => k !== 'Error' && k !== 'RequestId');
  if (beside.length > 0) return neither(`Response.Error sits beside success field(s): ${beside.join(', ')}`);
  const code = error['Code'];
  const message = error['Message'];
  if (typeof code !== 'string' || code === '') return neither(`Response.Error.Code is ${describe(code)}, not a non-empty string`);
  if (typeof message !== 'string') return neither(`Response.Error.Message is ${describe(message)}, not a string`);
  if (!('RequestId' in response)) return { kind: 'error', requestId: undefined, code, message };
  const requestId = response['RequestId'];
  if (typeof requestId !== 'string' || requestId === '') return neither(`Response.RequestId is ${describe(requestId)}, not a non-empty string`);
  return { kind: 'error', requestId, code, message };
}

function successEnvelope(response: Record<string, unknown>): Envelope {
  const requestId = response['RequestId'];
  if (!('RequestId' in response)) return neither('success Response has no RequestId');
  if (typeof requestId !== 'string' || requestId === '') return neither(`Response.RequestId is ${describe(requestId)}, not a non-empty string`);
  const fields = Object.fromEntries(Object.entries(response).filter(([k]) => k !== 'RequestId'));
  return { kind: 'success', requestId, fields };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describe(value: unknown): string {
  if (value === undefined) return 'missing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return value === '' ? 'an empty string' : `the string ${JSON.stringify(value).slice(0, 60)}`;
  return `a ${typeof value} (${JSON.stringify(value)?.slice(0, 60)})`;
}

function neither(problem: string): Envelope {
  return { kind: 'neither', problem };
}
