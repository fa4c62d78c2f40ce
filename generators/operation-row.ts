// The row of the generated operations table (generated/operations.ts declares the same shape).
import type { ParamConstraint } from '../specs/model/param-constraint.ts';

/** A documented rule of an action: what it says, the codes that may answer a breach, where it is written. */
export interface OperationRule {
  readonly id: string;
  readonly says: string;
  readonly codes: readonly string[];
  readonly docs: readonly string[];
}

/** Everything the suites, checks and mock need to know about one action, as plain data. */
export interface OperationRow {
  readonly key: string;
  readonly product: 'lighthouse' | 'cvm';
  readonly service: string;
  readonly version: string;
  readonly action: string;
  readonly hosts: readonly { readonly host: string; readonly site: 'china' | 'intl' }[];
  readonly rateLimit: { readonly perSecond: number; readonly assumed: boolean };
  readonly regions: readonly string[] | null;
  readonly errorCodes: Readonly<Record<string, string>>;
  readonly safety: 'read-only' | 'mutating';
  readonly observer: boolean;
  readonly params: readonly string[];
  readonly required: readonly string[];
  readonly constraints: readonly ParamConstraint[];
  readonly rules: readonly OperationRule[];
  readonly docs: readonly string[];
  readonly requestValidator: string;
  readonly responseValidator: string;
}
