// Registers one conformance case as a vitest test: filters, safety gating, the CaseRun, the undo pass, and the
// CaseRecord handed to the reporter through task.meta. A case fails only on findings; target faults error it.

import { it } from 'vitest';
import type { CaseRecord } from '../../checks/case-record.ts';
import { CANNOT_JUDGE, CaseRun, SkipCase, TargetFault, type CaseSpec } from './case-run.ts';
import { suiteContext } from './suite-context.ts';
import { formatFindings } from './format-findings.ts';
import { watchRequestIds } from './request-id-watch.ts';
import type { Finding } from '../../checks/finding.ts';
import { caseClient } from './case-client.ts';
import { holdResources } from './schedule/hold-resources.ts';
import { withUrgency } from './schedule/case-urgency.ts';
import { oneModule, registerCase } from './schedule/interleave.ts';
import { siteOf } from './site-of.ts';
import { siteSkipReason } from './site-skip.ts';

declare module 'vitest' {
  interface TaskMeta {
    tcconform?: CaseRecord;
  }
}

/** Two minutes a case; under the concurrent scheduler (every suite as one module, cli/run-command.ts) half an hour,
 * as a case may wait for its locks as long as the cases ahead of it take (its requests keep their own timeouts). */
function defaultTimeoutMs(): number {
  return oneModule() ? 1_800_000 : 120_000;
}

/** Declares a case; `body` drives the CaseRun. Mutating cases run only with --allow-mutations. Filters are
 * applied by vitest's test-name pattern (see case-name-pattern.ts), so every case id starts with the operation key. */
export function conformanceCase(spec: CaseSpec, body: (run: CaseRun) => Promise<void>, timeoutMs = defaultTimeoutMs()): void {
  if (!spec.id.startsWith(`${spec.operation.key}.`)) throw new Error(`case id ${spec.id} must start with ${spec.operation.key}.`);
  registerCase(spec.operation.key, () => it(`${spec.check}: ${spec.title} [${spec.id}]`, { timeout: timeoutMs }, async (ctx) => {
    const { config, client, ledger } = suiteContext();
    // Repeated RequestIds are judged on every answer of the case, the undo pass included (request-id-watch.ts).
    const repeated: Finding[] = [];
    const calls = caseClient(config, client, spec.id);
    const run = new CaseRun(spec, config, watchRequestIds(calls.client, spec.id, (f) => repeated.push(...f)), ledger);
    if (spec.safety === 'mutating' && !config.allowMutations) {
      ctx.task.meta.tcconform = run.record('changes the target: runs only with --allow-mutations');
      ctx.skip('changes the target: runs only with --allow-mutations');
    }
    const notOnSite = siteSkipReason(spec, siteOf(config));
    if (notOnSite !== undefined) {
      ctx.task.meta.tcconform = run.record(notOnSite);
      ctx.skip(notOnSite);
    }
    let skipReason: string | undefined;
    // Under the concurrent scheduler: the fixture resources this case touches are its own until its undo is done.
    const hold = await holdResources(spec, config);
    run.beforeFixtureRead = hold.upgrade;
    // A case holding the fixture state has its requests paced before the others' (case-urgency.ts). Only under the
    // scheduler: the async context it rides on puts a hook on every promise, which a run with no pacing pays for nothing.
    const urgency = config.schedule === undefined ? (fn: () => Promise<void>) => fn() : (fn: () => Promise<void>) => withUrgency(hold.urgent, fn);
    await urgency(async () => {
      try {
        await body(run);
      } catch (err) {
        if (err instanceof SkipCase) skipReason = err.message;
        // A fault the body raised itself (a read-back that failed, a setup that was refused) errors the case: no
        // case passes on a path where it could not judge.
        else if (err instanceof TargetFault) {
          if (run.findings.length === 0) run.fault ??= err.message;
        } else throw err;
      } finally {
        const undoProblems = await run.undoAll().catch((e: unknown) => [String(e)]);
        // A misbehaving target may have changed what no request named, or despite refusing: read back, put back.
        await run.verifyShares().catch((e: unknown) => { undoProblems.push(`read-back after the case failed: ${String(e)}`); });
        run.findings.push(...repeated);
        // Cases that are not properties replay by their id (the same requests, seeded the same way).
        if (run.findings.length > 0 && run.replay === undefined) {
          run.replay = { seed: config.seed, command: `npx tcconform run --case '${spec.id}' --seed ${config.seed}` };
        }
        if (undoProblems.length > 0 && run.fault === undefined) run.fault = undoProblems.join('; ');
        ctx.task.meta.tcconform = run.record(skipReason);
        calls.finish();
        await hold.release();
      }
    });
    if (skipReason !== undefined) ctx.skip(skipReason);
    if (run.fault !== undefined) {
      const why = run.fault.startsWith(CANNOT_JUDGE) ? 'errored (the check could not judge, not a finding)' : 'errored (target fault, not a finding)';
      throw new TargetFault(`${why}: ${run.fault}`);
    }
    if (run.findings.length > 0) throw new Error(formatFindings(run.findings, run.replay));
  }));
}
