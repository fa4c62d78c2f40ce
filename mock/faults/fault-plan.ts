// What the admin interface can inject: latency, internal errors, dropped connections, and deliberate deviations
// from the docs that let the suite prove it notices them. Validated like a world file: problems as values.
import Ajv from 'ajv';
import type { Result } from '../../core/types.ts';
import { SIGNING_RULES, type SigningRule } from '../../core/signing-rules.ts';

/** The deviation that leaves one signing rule unenforced (core/signing-rules.ts), e.g. `tc3.scope-date-not-enforced`. */
export type SigningDeviation = `${SigningRule}-not-enforced`;

/** The deviation name of a signing rule. */
export function signingDeviation(rule: SigningRule): SigningDeviation {
  return `${rule}-not-enforced`;
}

const BASE_DEVIATIONS = [
  'undocumented-error-code',
  'missing-request-id',
  'success-instead-of-error',
  'error-instead-of-success',
  'wrong-field-type',
  'limit-not-enforced',
  'signature-not-checked',
  'share-not-applied',
  'cancel-not-applied',
  'rate-limit-not-enforced',
  'timestamp-not-checked',
  'repeated-request-id',
  'rate-limit-by-delay',
  'cap-only-when-full',
  'cap-off-by-one',
  'total-count-off-by-one',
  'lookup-disagrees-with-listing',
  // Accepting what the docs say must be refused (mock/README.md): each one lifts one gate of the share rules.
  'enum-case-ignored',
  'self-share-accepted',
  'non-root-recipient-accepted',
  'already-shared-accepted',
  'quota-and-occupancy-ignored',
  'over-limit-shares-first-ten',
  // Effects beyond the request: on an account it did not name, on another resource, or despite a refusal.
  'effect-on-unnamed-account',
  'effect-on-other-resource',
  'refused-but-applied',
  'token-not-checked',
] as const;

/** One deviation name. */
export type DeviationName = (typeof BASE_DEVIATIONS)[number] | SigningDeviation;

/** The deliberate deviations from the docs (mock/README.md says what each one does): one per signing rule among them. */
export const DEVIATION_NAMES: readonly DeviationName[] = [...BASE_DEVIATIONS, ...SIGNING_RULES.map(signingDeviation)];

/** A deviation, for every action or only one: an action name (both products) or an operation key (`cvm.ModifyImageSharePermission`). */
export interface Deviation {
  readonly name: DeviationName;
  readonly action?: string;
}

/** A fault that hits the next `next` requests, and/or a `fraction` of them, optionally of one action only. */
export interface CountedFault {
  readonly next?: number;
  readonly fraction?: number;
  readonly action?: string;
}

/** Everything injected at once; an empty plan means a faithful mock. */
export interface FaultPlan {
  /** Milliseconds added before every API answer. */
  readonly latencyMs?: number;
  /** Answer InternalError instead of handling the request. */
  readonly internalError?: CountedFault;
  /** Close the connection without any answer. */
  readonly dropConnection?: CountedFault;
  readonly deviations?: readonly Deviation[];
}

const counted = {
  type: 'object',
  additionalProperties: false,
  properties: {
    next: { type: 'integer', minimum: 0 },
    fraction: { type: 'number', minimum: 0, maximum: 1 },
    action: { type: 'string', minLength: 1 },
  },
};

const planSchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    latencyMs: { type: 'integer', minimum: 0, maximum: 600_000 },
    internalError: counted,
    dropConnection: counted,
    deviations: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['name'],
        properties: { name: { enum: [...DEVIATION_NAMES] }, action: { type: 'string', minLength: 1 } },
      },
    },
  },
};

const validatePlan = new Ajv({ allErrors: true }).compile(planSchema);

/** Checks a plan received as JSON; the error lists every problem as `pointer: message`. */
export function parseFaultPlan(value: unknown): Result<FaultPlan, string[]> {
  if (validatePlan(value)) return { ok: true, value: value as FaultPlan };
  const problems = (validatePlan.errors ?? []).map((e) => {
    const extra = e.keyword === 'additionalProperties' ? ` '${String((e.params as Record<string, unknown>)['additionalProperty'])}'` : '';
    const allowed = e.keyword === 'enum' ? `: ${DEVIATION_NAMES.join(', ')}` : '';
    return `${e.instancePath || '(plan)'}: ${e.message ?? e.keyword}${extra}${allowed}`;
  });
  return { ok: false, error: problems };
}
