// Runs a fast-check property inside a case: seeded from the run, replayable by path, judged on the shrunk
// counterexample alone (it is sent once more, so a case that became conforming after shrinking is never reported).

import fc from 'fast-check';
import type { RecordedRequest } from '../../checks/case-record.ts';
import { TargetFault, type CaseRun } from './case-run.ts';

/** Checks `body` for every generated value; findings of the minimal failing value are kept on the run. */
export async function checkProperty<T>(run: CaseRun, arbitrary: fc.Arbitrary<T>, body: (value: T) => Promise<void>, describe: (value: T) => RecordedRequest): Promise<void> {
  const { config, spec } = run;
  let fault: TargetFault | undefined;
  const predicate = async (value: T): Promise<boolean> => {
    if (fault !== undefined) return true;
    const mark = run.findings.length;
    try {
      await body(value);
    } catch (err) {
      if (err instanceof TargetFault) {
        fault = err;
        return true;
      }
      // A body may stop early by throwing once it has recorded findings; anything else is a harness bug.
      if (run.findings.length === mark) throw err;
    } finally {
      run.fault = undefined;
    }
    return run.findings.splice(mark).length === 0;
  };
  const replaying = config.replayPath !== '' && config.caseFilter === spec.id;
  const details = await fc.check(fc.asyncProperty(arbitrary, predicate), {
    seed: config.seed, numRuns: config.runs, ...(replaying ? { path: config.replayPath } : {}),
  });
  if (fault !== undefined) {
    run.fault = fault.message;
    throw fault;
  }
  if (!details.failed) return;
  // Failed without a counterexample: the property never ran enough (every generated request was filtered out as
  // not breaking the constraint, or the run was interrupted). That judged nothing; it must not pass.
  if (details.counterexample === null) {
    run.cannotJudge(`the property ran ${details.numRuns} of ${config.runs} runs (${details.numSkips} generated values skipped)`);
    return;
  }
  const [minimal] = details.counterexample;
  run.replay = {
    seed: details.seed,
    ...(details.counterexamplePath ? { path: details.counterexamplePath } : {}),
    command: `npx tcconform run --case '${spec.id}' --seed ${details.seed}${details.counterexamplePath ? ` --replay '${details.counterexamplePath}'` : ''}`,
  };
  run.minimal = describe(minimal);
  await body(minimal).catch((err: unknown) => {
    if (err instanceof TargetFault || run.findings.length === 0) throw err;
  });
}
