// The request pipeline, second half, once the operation is known: signature and timestamp → token → rate limit
// → Region → Language → parameters → the action's transition → the deviations that bend business rules.
import type { IncomingCall, WireRequest } from '../../core/types.ts';
import type { Operation } from '../../generated/operations.ts';
import type { DeviationName } from '../faults/fault-plan.ts';
import { unenforcedRules } from '../faults/unenforced-rules.ts';
import { authenticate } from '../protocol/authenticate.ts';
import { checkLanguage, checkRegion } from '../protocol/check-region.ts';
import { protocolErrors } from '../protocol/errors.ts';
import { validateParams } from '../protocol/validate-params.ts';
import type { CallContext } from '../rules/call-context.ts';
import { transitions } from '../rules/transitions.ts';
import { bendOutcome } from './bend-outcome.ts';
import type { PipelineEnv } from './pipeline-env.ts';
import { processedOf, refusal, type Processed } from './processed.ts';
import { failure } from '../rules/outcome.ts';
import { appliedAnyway, firstTenShared, laxGates, spillOver, upperCasedEnums } from './accepting-deviations.ts';

/** Authenticates, limits, validates and runs the transition of `op`. */
export function processRouted(env: PipelineEnv, wire: WireRequest, call: IncomingCall, op: Operation): Processed {
  const deviates = (name: DeviationName) => env.faults.deviates(name, op);
  const nowMs = env.clock.nowMs();
  const auth = authenticate({
    wire, call, service: op.service, state: env.state, nowSeconds: Math.floor(nowMs / 1000),
    checkSignature: !deviates('signature-not-checked'), checkTimestamp: !deviates('timestamp-not-checked'), checkToken: !deviates('token-not-checked'),
    unenforced: unenforcedRules(env.faults, op),
  });
  if (!auth.ok) return refusal(env.state, auth.error, { call, op });
  const { account, credential } = auth.value;
  const known = { call, op, accountId: account.id };
  const limited = env.limiter !== undefined && !deviates('rate-limit-not-enforced');
  let delayMs = 0;
  if (limited && !env.limiter.admit(`${account.id}/${op.key}`, op.rateLimit.perSecond)) {
    // rate-limit-by-delay: the excess is held back until the window has room, then served, never refused.
    if (!deviates('rate-limit-by-delay')) return refusal(env.state, protocolErrors.rateLimited(op.action, op.rateLimit.perSecond), known);
    delayMs = env.limiter.reserve(`${account.id}/${op.key}`, op.rateLimit.perSecond);
  }
  const problem = checkRegion(op, call, env.state.regions) ?? checkLanguage(call);
  if (problem !== undefined) return refusal(env.state, problem, known);
  const transition = transitions[op.key];
  const ctx: CallContext = {
    caller: account, credential, region: call.region ?? '', nowMs, ids: env.ids,
    documented: env.documented.get(op.key) ?? new Set(), limitsOff: deviates('limit-not-enforced'),
    capWhenFullOnly: deviates('cap-only-when-full'), capOffByOne: deviates('cap-off-by-one'),
    ...(env.faults.deviating ? { lax: laxGates(deviates) } : {}),
  };
  let params = validateParams(op, call, deviates('limit-not-enforced'));
  if (!params.ok && env.faults.deviating && deviates('enum-case-ignored')) {
    const loose = validateParams(op, upperCasedEnums(call), ctx.limitsOff);
    if (loose.ok) params = loose;
  }
  if (!params.ok) {
    const partly = env.faults.deviating && deviates('over-limit-shares-first-ten') ? firstTenShared(env.state, call.params, transition, ctx) : env.state;
    if (partly !== env.state) return processedOf({ answer: failure(params.error.code, params.error.message), state: partly, changed: true }, known, ['over-limit-shares-first-ten']);
    return refusal(env.state, params.error, known);
  }
  if (transition === undefined) return refusal(env.state, protocolErrors.invalidAction(op.action), known);
  let outcome = transition(env.state, params.value, ctx);
  if (env.faults.deviating) {
    if (!outcome.answer.ok && deviates('refused-but-applied')) outcome = appliedAnyway(env.state, params.value, transition, ctx, outcome);
    outcome = spillOver(deviates, op, params.value, ctx, outcome);
  }
  const processed = bendOutcome(env, op, params.value, outcome, { call, op, accountId: account.id, params: params.value });
  return delayMs === 0 ? processed : { ...processed, delayMs, faults: [...processed.faults, 'rate-limit-by-delay'] };
}
