// rate_limit_conformance: each image-sharing action's documented per-second limit is enforced (a burst of twice
// the limit issued at once sees RequestLimitExceeded, however slowly it is answered) and a series paced under it
// is never throttled. A burst the check cannot judge errors the case. The requests name a blueprint or image
// that does not exist, so nothing on the target can change.

import { caseGroup } from '../harness/schedule/interleave.ts';
import { operationByKey, protocolRules, type Operation } from '../../generated/operations.ts';
import type { Params } from '../../core/types.ts';
import { conformanceCase } from '../harness/conformance-case.ts';
import { rateLimitConformance } from '../../checks/rate-limit-conformance.ts';
import { createPacer } from '../../core/pacer.ts';
import type { CaseRun } from '../harness/case-run.ts';
import { targetFault } from '../../checks/target-fault.ts';

const rule = protocolRules.find((r) => r.id === 'rate.limit');
const probes: readonly { op: Operation; params: Params }[] = [
  { op: operationByKey('lighthouse.ShareBlueprintAcrossAccounts'), params: { BlueprintId: 'lhbp-00000000', AccountIds: ['100000000001'] } },
  { op: operationByKey('lighthouse.CancelShareBlueprintAcrossAccounts'), params: { BlueprintId: 'lhbp-00000000', AccountIds: ['100000000001'] } },
  { op: operationByKey('lighthouse.ModifyImageSharePermission'), params: { ImageId: 'img-00000000', Permission: 'CANCEL' } },
  { op: operationByKey('cvm.ModifyImageSharePermission'), params: { ImageId: 'img-00000000', AccountIds: ['100000000001'], Permission: 'CANCEL' } },
];

/** Long enough for every request of the last one-second window to leave it. */
const quietWindow = () => new Promise((resolve) => setTimeout(resolve, 1100));

const THROTTLING = rule?.codes ?? [];
const throttled = (code: string | undefined) => code !== undefined && code.startsWith('RequestLimitExceeded');

/** Issues `n` requests at once (on connections of their own, so none waits for another's answer) and counts them. */
async function burst(run: CaseRun, op: Operation, params: Params, n: number): Promise<{ sent: number; throttled: number; faults: number; issueMs: number; ms: number }> {
  const answers = await Promise.all(Array.from({ length: n }, () => run.client.call({ operation: op, params, rateLimited: true, unpaced: true })));
  const starts = answers.map((a) => Date.parse(a.exchange.timings.startedAt));
  // From the exchanges' own timings, not a clock around the burst: a re-judged recording gives the same figure.
  const ms = Math.max(...answers.map((a, i) => (starts[i] as number) + a.exchange.timings.totalMs)) - Math.min(...starts);
  const codes = answers.map((a) => (a.envelope.kind === 'error' ? a.envelope.code : undefined));
  const faults = answers.filter((a) => targetFault(a.exchange, a.envelope, THROTTLING) !== undefined).length;
  return { sent: n, throttled: codes.filter(throttled).length, faults, issueMs: Math.max(...starts) - Math.min(...starts), ms };
}

async function paced(run: CaseRun, op: Operation, params: Params, seconds: number): Promise<{ sent: number; throttled: number }> {
  const pacer = createPacer(0.8);
  let count = 0;
  const n = Math.ceil(op.rateLimit.perSecond * 0.8 * seconds);
  for (let i = 0; i < n; i++) {
    await pacer.slot(op.key, op.rateLimit.perSecond);
    const a = await run.client.call({ operation: op, params, rateLimited: true, unpaced: true });
    if (a.envelope.kind === 'error' && throttled(a.envelope.code)) count += 1;
  }
  return { sent: n, throttled: count };
}

caseGroup('rate limits', () => {
  for (const { op, params } of probes) {
    conformanceCase({ id: `${op.key}.rate.limit`, title: `the documented ${op.rateLimit.perSecond} requests per second are enforced, and a pace under them is served`,
      operation: op, check: 'rate_limit_conformance', safety: 'negative', rule: 'rate.limit', docs: [...(rule?.docs ?? []), ...op.docs] }, async (run) => {
      // A quiet window before the paced series and between it and the burst; a drained one after the burst, so
      // later cases are not throttled by it. On a rate-limit target nothing else calls (the embedded mock's own
      // instance; limits are per account and action, so the four cases do not share windows) only the middle one
      // is needed.
      const dedicated = run.config.target.rateLimitTargetDedicated === true;
      if (!dedicated) await quietWindow();
      const p = await paced(run, op, params, 2);
      await quietWindow();
      const b = await burst(run, op, params, op.rateLimit.perSecond * 2);
      if (!dedicated) await quietWindow();
      const judged = rateLimitConformance({ operation: op.key, limitPerSecond: op.rateLimit.perSecond, docs: op.docs,
        burstSent: b.sent, burstThrottled: b.throttled, burstFaults: b.faults, burstIssueMs: b.issueMs, burstMs: b.ms,
        pacedSent: p.sent, pacedThrottled: p.throttled });
      run.addFindings(judged.findings);
      if (judged.cannotJudge !== undefined) run.cannotJudge(judged.cannotJudge);
    }, 60_000);
  }
}, { concurrent: true });
