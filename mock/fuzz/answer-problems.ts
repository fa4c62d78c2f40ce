// The fuzz oracle for one answer: HTTP 200, JSON, the API 3.0 envelope with a UUID RequestId, and an error code
// that is common or documented for the action the request named; no header the mock does not mean to send.
import { commonErrorCodes, operations } from '../../generated/operations.ts';
import type { RawResponse } from './raw-exchange.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Headers the mock's answers may carry; anything else would be an injected header. */
const ANSWER_HEADERS = new Set(['content-type', 'content-length', 'connection', 'date', 'keep-alive', 'x-tc-traceid']);

/** Codes an answer to a request naming `action` may carry: the common ones and every code documented for an action of that name. */
export function allowedCodes(action: string | undefined): ReadonlySet<string> {
  const own = action === undefined ? [] : operations.filter((o) => o.action === action).flatMap((o) => Object.keys(o.errorCodes));
  return new Set([...Object.keys(commonErrorCodes), ...own]);
}

/** What is wrong with `response` (empty: a well-formed envelope); `code` is the error code or `success`. */
export function answerProblems(response: RawResponse, allowed: ReadonlySet<string>, head: boolean): { problems: string[]; code: string } {
  const problems: string[] = [];
  if (response.status !== 200) problems.push(`HTTP ${response.status}, not 200`);
  const type = response.headers.find(([n]) => n === 'content-type')?.[1] ?? '';
  if (!type.startsWith('application/json')) problems.push(`content-type '${type}'`);
  const foreign = response.headers.filter(([n]) => !ANSWER_HEADERS.has(n)).map(([n]) => n);
  if (foreign.length > 0) problems.push(`unexpected answer headers: ${foreign.join(', ')}`);
  if (head) return { problems, code: 'head' };
  return envelopeProblems(response.body, allowed, problems);
}

function envelopeProblems(body: Buffer, allowed: ReadonlySet<string>, problems: string[]): { problems: string[]; code: string } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body.toString('utf8'));
  } catch {
    return { problems: [...problems, `body is not JSON: ${body.toString('utf8').slice(0, 120)}`], code: '?' };
  }
  const response = (parsed as { Response?: unknown } | null)?.Response;
  if (typeof response !== 'object' || response === null || Array.isArray(response)) return { problems: [...problems, 'no Response object'], code: '?' };
  const r = response as Record<string, unknown>;
  if (typeof r['RequestId'] !== 'string' || !UUID.test(r['RequestId'])) problems.push(`RequestId ${JSON.stringify(r['RequestId'])} is not a UUID`);
  if (!('Error' in r)) return { problems, code: 'success' };
  const error = r['Error'] as { Code?: unknown; Message?: unknown } | null;
  const code = typeof error?.Code === 'string' ? error.Code : '?';
  if (code === '?' || typeof error?.Message !== 'string') problems.push('Error without a string Code and Message');
  else if (!allowed.has(code)) problems.push(`undocumented code ${code}`);
  const beside = Object.keys(r).filter((k) => k !== 'Error' && k !== 'RequestId');
  if (beside.length > 0) problems.push(`Error beside ${beside.join(', ')}`);
  return { problems, code };
}
