// Whether each named account may receive a Lighthouse blueprint. Accounts are checked in request order; for one
// account: itself → exists → root → same site → not already shared → quota left (mock/README.md, precedence).
import type { State } from '../world/state.ts';
import type { Blueprint } from '../world/world.ts';
import { lax, type CallContext } from './call-context.ts';
import { blueprintErrors, recipientErrors as e } from './errors.ts';
import type { Answer } from './outcome.ts';

/** How many blueprints are shared with `accountId` across the whole world (its share quota counts them). */
export function receivedBlueprints(state: State, accountId: string): number {
  let count = 0;
  for (const b of state.blueprints.values()) if (b.shares.some((s) => s.accountId === accountId)) count += 1;
  return count;
}

/** The refusal for the first account that may not receive `blueprint`, or undefined. */
export function recipientGate(state: State, blueprint: Blueprint, accountIds: readonly string[], ctx: CallContext): Answer | undefined {
  for (const id of accountIds) {
    const problem = recipientProblem(state, blueprint, id, ctx);
    if (problem !== undefined) return problem;
  }
  return undefined;
}

function recipientProblem(state: State, blueprint: Blueprint, id: string, ctx: CallContext): Answer | undefined {
  if (id === ctx.caller.id && !lax(ctx, 'self')) return e.self(id);
  const account = state.accounts.get(id);
  if (account === undefined) return id === ctx.caller.id ? undefined : e.unknown(id);
  if (account.kind !== 'root' && !lax(ctx, 'root')) return e.notRoot(id);
  if (account.site !== ctx.caller.site) return e.otherSite(id);
  if (blueprint.shares.some((s) => s.accountId === id) && !lax(ctx, 'already')) return blueprintErrors.alreadyShared(blueprint.id, id);
  // A blueprint counts once however it is shared: with fewer blueprints than the quota, the count cannot reach it.
  if (state.blueprints.size >= account.shareQuota && receivedBlueprints(state, id) >= account.shareQuota && !lax(ctx, 'quota')) return e.quota(id);
  return undefined;
}
