// What each generated arbitraries module exports, so suites can iterate over every operation.
import type fc from 'fast-check';
import type { ObjectNode } from './param-node.ts';
import type { Overrides } from './valid-params.ts';
import type { Violation } from './violation.ts';

/** The exports of one generated/arbitraries/<product>-<action>.ts module. */
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
