// What each generated arbitraries module offers, as one type suites can iterate over.
import type fc from 'fast-check';
import type { ObjectNode } from './param-node.ts';
import type { Overrides } from './valid-params.ts';
import type { Violation } from './violation.ts';

/** The arbitraries of one operation, with request types widened to plain parameter records. */
export interface OperationArbitraries {
  /** The operation key, e.g. `lighthouse.ShareBlueprintAcrossAccounts`. */
  readonly key: string;
  /** The request shape the arbitraries compose over. */
  readonly shape: ObjectNode;
  /** Schema-valid request parameters; `overrides` pin parameters (e.g. to fixture values). */
  valid(overrides?: Overrides): fc.Arbitrary<Record<string, unknown>>;
  /** One entry per documented constraint: requests breaking exactly it. */
  violations(overrides?: Overrides): readonly Violation[];
}

/** A generated module as it is written: request types precise, per operation. */
export interface TypedArbitrariesModule<T> {
  readonly key: string;
  readonly shape: ObjectNode;
  valid(overrides?: Overrides<T>): fc.Arbitrary<T>;
  violations(overrides?: Overrides<T>): readonly Violation[];
}

/** Widens a generated module to OperationArbitraries (its values are records; only the static types differ). */
export function operationArbitraries<T>(module: TypedArbitrariesModule<T>): OperationArbitraries {
  return {
    key: module.key,
    shape: module.shape,
    valid: (overrides) => module.valid(overrides as Overrides<T>) as fc.Arbitrary<unknown> as fc.Arbitrary<Record<string, unknown>>,
    violations: (overrides) => module.violations(overrides as Overrides<T>),
  };
}
