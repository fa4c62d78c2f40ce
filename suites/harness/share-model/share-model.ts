// The documented state machine of an account-share list (a Lighthouse blueprint's or a CVM image's), written
// from the docs alone: share adds the named accounts, cancel removes them, sharing again and cancelling what
// is not shared are refused with the documented codes. Commands act on the target and compare with this.

import type { Operation } from '../../../generated/operations.ts';
import type { Params } from '../../../core/types.ts';
import type { CaseRun } from '../case-run.ts';
import type { ReadBack } from '../read-shares.ts';

/** The model: which candidate accounts currently have the share. */
export interface ShareModel {
  readonly shared: Set<string>;
}

/** A rule the model relies on: its id and documented codes. */
export interface ModelRule {
  readonly id: string;
  readonly codes: readonly string[];
}

/** What one product's share list looks like to the model. */
export interface ShareModelSpec {
  readonly run: CaseRun;
  readonly region: string;
  /** e.g. `blueprint lhbp-… shares` (for messages). */
  readonly subject: string;
  readonly shareOp: Operation;
  readonly cancelOp: Operation;
  readonly shareParams: (accounts: readonly string[]) => Params;
  readonly cancelParams: (accounts: readonly string[]) => Params;
  readonly read: () => Promise<ReadBack<string[]>>;
  /** The observer action `read` uses. */
  readonly readOp: Operation;
  /** Rule refusing a share with an account that already has it (undefined: not documented, not exercised). */
  readonly alreadyShared?: ModelRule;
  /** Rule refusing a cancel for an account that does not have it. */
  readonly notShared?: ModelRule;
  readonly shareEffect: string;
  readonly cancelEffect: string;
  /** Accounts the model may share with; never ones that had the share before the run. */
  readonly candidates: readonly string[];
}
