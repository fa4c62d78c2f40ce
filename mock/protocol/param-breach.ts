// Validator errors → the documented constraint a request breaks, and the code the mock answers for it: the first
// code the spec lists for that constraint (x-tc-violation-codes), else the kind's common default.
import type { ErrorObject } from 'ajv';
import type { VendorError } from '../../core/types.ts';

/** A breach of one documented constraint kind (undefined: a keyword no kind covers, e.g. minItems). */
export interface ParamBreach {
  readonly kind: string | undefined;
  readonly param: string;
  readonly message: string;
  /** The validator keyword, kept for breaches no kind covers. */
  readonly keyword?: string;
}

/** The constraint rows of an operation the mock reads. */
export interface ConstraintRow {
  readonly kind: string;
  readonly param: string;
  readonly codes: readonly string[];
}

/** Which breach is answered when a request breaks several (mock/README.md, precedence). */
const PRIORITY = ['missing-required', 'unknown-parameter', 'wrong-type', 'not-in-enum', 'malformed-id', 'over-limit'];

const DEFAULT_CODES: Readonly<Record<string, string>> = {
  'missing-required': 'MissingParameter',
  'unknown-parameter': 'UnknownParameter',
  'wrong-type': 'InvalidParameter',
};

const NEGATIVE = 'InvalidParameterValue.Negative';

const KIND_OF: Readonly<Record<string, string>> = {
  required: 'missing-required',
  additionalProperties: 'unknown-parameter',
  type: 'wrong-type',
  enum: 'not-in-enum',
  const: 'not-in-enum',
  pattern: 'malformed-id',
  maxItems: 'over-limit',
  maximum: 'over-limit',
  maxLength: 'over-limit',
};

/** One breach per validator error, with the parameter path in the constraint notation (`AccountIds[]`, `*`). */
export function breachesOf(errors: readonly ErrorObject[]): ParamBreach[] {
  const typed = new Set(errors.filter((e) => e.keyword === 'type').map((e) => e.instancePath));
  return errors
    .filter((e) => e.keyword === 'type' || !typed.has(e.instancePath))
    .map((e) => {
      const base = pathOf(e.instancePath);
      const params = e.params as Record<string, unknown>;
      if (e.keyword === 'required') return breach('missing-required', join(base, String(params['missingProperty'])), `${join(base, String(params['missingProperty']))} is required`);
      if (e.keyword === 'additionalProperties') {
        const name = String(params['additionalProperty']);
        return breach('unknown-parameter', join(base, '*'), `${join(base, name)} is not a parameter of this action`);
      }
      return { ...breach(KIND_OF[e.keyword], base, `${base || 'the parameters'} ${e.message ?? `fails ${e.keyword}`}`), keyword: e.keyword };
    });
}

/**
 * The breach to answer and its code; `skipOverLimit` implements the limit-not-enforced deviation. A negative
 * value (`minimum`, no constraint kind) gets `InvalidParameterValue.Negative` where the action documents it.
 */
export function answerForBreaches(breaches: readonly ParamBreach[], constraints: readonly ConstraintRow[], skipOverLimit: boolean, documented: readonly string[] = []): VendorError | undefined {
  const live = skipOverLimit ? breaches.filter((b) => b.kind !== 'over-limit') : breaches;
  const rank = (b: ParamBreach) => (b.kind === undefined ? PRIORITY.length : PRIORITY.indexOf(b.kind));
  const chosen = [...live].sort((a, b) => rank(a) - rank(b))[0];
  if (chosen === undefined) return undefined;
  const row = constraints.find((c) => c.kind === chosen.kind && c.param === chosen.param);
  const negative = chosen.keyword === 'minimum' && documented.includes(NEGATIVE) ? NEGATIVE : undefined;
  const code = row?.codes[0] ?? (chosen.kind !== undefined ? DEFAULT_CODES[chosen.kind] : negative) ?? 'InvalidParameterValue';
  return { code, message: chosen.message };
}

function breach(kind: string | undefined, param: string, message: string): ParamBreach {
  return { kind, param, message };
}

/** `/Filters/0/Name` → `Filters[].Name`. */
function pathOf(instancePath: string): string {
  return instancePath
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce((acc, s) => (/^\d+$/.test(s) ? `${acc}[]` : acc === '' ? s : `${acc}.${s}`), '');
}

function join(base: string, name: string): string {
  return base === '' ? name : `${base}.${name}`;
}
