// Compares the answer the parity mock gave with the recorded one, after masking what is volatile, and classifies
// the first difference: the outcome (success, error, no answer), the error code, the response shape (which fields,
// of which JSON types), a field value, or, for the observer actions, the state they read back. Error messages are
// not compared (they are prose, and no rule rests on their wording).

import { firstDifference } from '../first-difference.ts';
import { maskVolatile, type Placeholders } from './volatile-mask.ts';

/** The classes of difference parity reports. */
export type DifferenceKind = 'outcome' | 'error code' | 'response shape' | 'field value' | 'state read back';

/** All difference kinds, in report order. */
export const differenceKinds: readonly DifferenceKind[] = ['outcome', 'error code', 'response shape', 'field value', 'state read back'];

/** One answer as parity sees it: the body, or why there was none. */
export interface Answer {
  readonly body?: string;
  readonly failure?: string;
}

/** A classified difference: where and what each side said. */
export interface Difference {
  readonly kind: DifferenceKind;
  readonly path: string;
  readonly recorded: string;
  readonly replayed: string;
}

/** Per side: the IDs both worlds share, and that side's placeholders for generated IDs. */
export interface MaskContext {
  readonly known: ReadonlySet<string>;
  readonly recorded: Placeholders;
  readonly replayed: Placeholders;
}

/** The first difference between the answers, or undefined when they agree. */
export function compareAnswers(observer: boolean, recorded: Answer, replayed: Answer, mask: MaskContext): Difference | undefined {
  const a = responseOf(recorded);
  const b = responseOf(replayed);
  if (a.outcome !== b.outcome) return { kind: 'outcome', path: '', recorded: a.describe, replayed: b.describe };
  if (a.response === undefined || b.response === undefined) return undefined;
  if (a.code !== b.code) return { kind: 'error code', path: 'Error.Code', recorded: a.code ?? '', replayed: b.code ?? '' };
  const fa = maskVolatile(withoutMessage(a.response), mask.known, mask.recorded);
  const fb = maskVolatile(withoutMessage(b.response), mask.known, mask.replayed);
  const sa = shapeOf(fa);
  const sb = shapeOf(fb);
  const shape = [...new Set([...sa, ...sb])].sort().find((p) => sa.has(p) !== sb.has(p));
  // An observer's list holding other items (an empty share list against a full one) is state, not shape.
  if (shape !== undefined) return { kind: observer && shape.includes('[]') ? 'state read back' : 'response shape', path: shape.replace(/:[a-z]+$/, ''), recorded: sa.has(shape) ? shape : 'absent', replayed: sb.has(shape) ? shape : 'absent' };
  const diff = firstDifference(fa, fb, 'Response');
  if (diff === undefined) return undefined;
  const m = /^(.*?): recorded (.*), now (.*)$/.exec(diff);
  const path = m?.[1] ?? '';
  return { kind: observer && path !== 'Response.RequestId' ? 'state read back' : 'field value', path, recorded: m?.[2] ?? diff, replayed: m?.[3] ?? '' };
}

/** An answer's Response object and outcome: success, error (with its code), not an envelope, or none. */
function responseOf(answer: Answer): { outcome: string; describe: string; response?: Record<string, unknown>; code?: string } {
  if (answer.body === undefined) return { outcome: 'none', describe: `no answer (${answer.failure ?? 'no response'})` };
  let parsed: unknown;
  try {
    parsed = JSON.parse(answer.body);
  } catch {
    return { outcome: 'not an envelope', describe: `not JSON: ${answer.body.slice(0, 60)}` };
  }
  const response = (parsed as { Response?: unknown } | null)?.Response;
  if (typeof response !== 'object' || response === null || Array.isArray(response)) return { outcome: 'not an envelope', describe: `no Response object: ${answer.body.slice(0, 60)}` };
  const r = response as Record<string, unknown>;
  const error = r['Error'] as { Code?: unknown } | undefined;
  if (error === undefined) return { outcome: 'success', describe: 'success', response: r };
  const code = String(error?.Code);
  return { outcome: 'error', describe: `error ${code}`, response: r, code };
}

/** Error messages are prose: their presence and type are compared, not their wording. */
function withoutMessage(response: Record<string, unknown>): Record<string, unknown> {
  const error = response['Error'];
  if (typeof error !== 'object' || error === null || typeof (error as Record<string, unknown>)['Message'] !== 'string') return response;
  return { ...response, Error: { ...error, Message: '<message>' } };
}

/** Paths with JSON types, arrays collapsed: `BlueprintSet[].BlueprintId:string`. */
export function shapeOf(value: unknown, path = '', out = new Set<string>()): Set<string> {
  if (Array.isArray(value)) {
    out.add(`${path}:array`);
    for (const v of value) shapeOf(v, `${path}[]`, out);
  } else if (typeof value === 'object' && value !== null) {
    out.add(`${path}:object`);
    for (const [k, v] of Object.entries(value)) shapeOf(v, path === '' ? k : `${path}.${k}`, out);
  } else {
    out.add(`${path}:${value === null ? 'null' : typeof value}`);
  }
  return out;
}
