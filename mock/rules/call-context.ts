// Who calls, where and when: everything a transition needs beside the state and the parameters.
import type { Account, AccountCredential } from '../world/world.ts';
import type { IdSource } from './clock.ts';

/** The authenticated caller and the request's surroundings. */
export interface CallContext {
  readonly caller: Account;
  readonly credential: AccountCredential;
  readonly region: string;
  readonly nowMs: number;
  readonly ids: IdSource;
  /** The action's documented business error codes (x-tc-error-codes): decides failWith and the CAM/token codes. */
  readonly documented: ReadonlySet<string>;
  /** The `limit-not-enforced` deviation: skip the 500-accounts caps. */
  readonly limitsOff: boolean;
  /** The `cap-only-when-full` deviation: the 500-accounts cap refuses only an image that is already full. */
  readonly capWhenFullOnly?: boolean;
  /** The `cap-off-by-one` deviation: the cap refuses a request that brings the image to exactly 500 accounts. */
  readonly capOffByOne?: boolean;
  /** Gates an "accepts what it must refuse" deviation lifts (absent: every gate holds). */
  readonly lax?: ReadonlySet<LaxGate>;
}

/** A business gate a deviation can lift: the recipient is the caller, not a root account, already has the share, has
 * no quota left; the resource is busy. */
export type LaxGate = 'self' | 'root' | 'already' | 'quota' | 'occupancy';

/** Whether the deviations lift `gate` for this call. */
export function lax(ctx: CallContext, gate: LaxGate): boolean {
  return ctx.lax?.has(gate) === true;
}
