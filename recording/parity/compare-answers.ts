// Compares the answer the parity mock gave with the recorded one, after masking what is volatile, and classifies
// the first difference: the outcome (success, error, no answer), the error code, the response shape (which fields,
// of which JSON types), a field value, or, for the observer actions, the state they read back. Error messages are
// not compared (they are prose, and no rule rests on their wording).

import { parseEnvelope } from '../../core/parse-envelope.ts';
import type { Envelope } from '../../core/types.ts';
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
  const a = envelopeOf(recorded);
  const b = envelopeOf(replayed);
  if (outcome(a) !== outcome(b)) return { kind: 'outcome', path: '', recorded: describe(a, recorded), replayed: describe(b, replayed) };
  if (a.kind === 'error' && b.kind === 'error') return a.code === b.code ? undefined : { kind: 'error code', path: 'Error.Code', recorded: a.code, replayed: b.code };
  if (a.kind !== 'success' || b.kind !== 'success') return undefined;
  const fa = maskVolatile(a.fields, mask.known, mask.recorded);
  const fb = maskVolatile(b.fields, mask.known, mask.replayed);
  const sa = shapeOf(fa);
  const sb = shapeOf(fb);
  const shape = [...new Set([...sa, ...sb])].sort().find((p) => sa.has(p) !== sb.has(p));
  if (shape !== undefined) return { kind: 'response shape', path: shape.replace(/:[a-z]+$/, ''), recorded: sa.has(shape) ? shape : 'absent', replayed: sb.has(shape) ? shape : 'absent' };
  const diff = firstDifference(fa, fb, 'Response');
  if (diff === undefined) return undefined;
  const m = /^(.*?): recorded (.*), now (.*)$/.exec(diff);
  return { kind: observer ? 'state read back' : 'field value', path: m?.[1] ?? '', recorded: m?.[2] ?? diff, replayed: m?.[3] ?? '' };
}

type Seen = Envelope | { readonly kind: 'none'; readonly why: string };

function envelopeOf(answer: Answer): Seen {
  return answer.body === undefined ? { kind: 'none', why: answer.failure ?? 'no answer' } : parseEnvelope(answer.body);
}

function outcome(e: Seen): string {
  return e.kind;
}

function describe(e: Seen, answer: Answer): string {
  if (e.kind === 'success') return 'success';
  if (e.kind === 'error') return `error ${e.code}`;
  if (e.kind === 'none') return `no answer (${e.why})`;
  return `not an envelope (${e.problem}): ${(answer.body ?? '').slice(0, 60)}`;
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
