// The operations table's types: every documented fact about one action, and the tables beside it, as the
// generators derive them from the specs (generators/operation-rows.ts, spec-tables.ts) and generated/operations.ts
// holds them at run time. Written once, here: the generated code imports these types and re-exports them.

import type { ParamConstraint } from './param-constraint.ts';

/** A documented rule of an action: what it says, the codes that may answer a breach, where it is written. */
export interface OperationRule {
  readonly id: string;
  readonly says: string;
  readonly codes: readonly string[];
  readonly docs: readonly string[];
}

/** Everything the suites, checks and mock need to know about one action, as plain data. */
export interface Operation {
  readonly key: string;
  readonly product: 'lighthouse' | 'cvm';
  readonly service: string;
  readonly version: string;
  readonly action: string;
  readonly hosts: readonly { readonly host: string; readonly site: 'china' | 'intl' }[];
  readonly rateLimit: { readonly perSecond: number; readonly assumed: boolean };
  /** null: the sources do not document the regions. */
  readonly regions: readonly string[] | null;
  /** Documented business codes of the action → description. */
  readonly errorCodes: Readonly<Record<string, string>>;
  readonly safety: 'read-only' | 'mutating';
  readonly observer: boolean;
  readonly params: readonly string[];
  readonly required: readonly string[];
  readonly constraints: readonly ParamConstraint[];
  readonly rules: readonly OperationRule[];
  readonly docs: readonly string[];
  /** Keys into generated/validators.ts. */
  readonly requestValidator: string;
  readonly responseValidator: string;
}

/** A rule of the request protocol shared by every action, with numeric limits where it has them. */
export interface ProtocolRule extends OperationRule {
  readonly limits?: Readonly<Record<string, number>>;
}

/** A documented limit (`x-tc-limits` entry): a maximum, or parameters that exclude each other. */
export interface Limit {
  readonly max?: number;
  readonly params?: readonly string[];
  readonly says: string;
  readonly codes: readonly string[];
  readonly docs: readonly string[];
}

/** A place where the sources disagree, and what the spec does about it. */
export interface DocConflict {
  readonly id: string;
  readonly where: string;
  readonly sources: readonly string[];
  readonly says: string;
  readonly product: string;
}

/** A source document statements are traced to. */
export interface DocSource {
  readonly title: string;
  readonly host?: string;
}
