// Runs a fast-check property inside a case: seeded from the run, replayable by path, judged on the shrunk
// counterexample alone (it is sent once more, so a case that became conforming after shrinking is never reported),
// except an acceptance of what must be refused: that first observation is kept even if the re-check answers otherwise.

import fc from 'fast-check';
import type { RecordedRequest } from '../../checks/case-record.ts';
import type { Finding } from '../../checks/finding.ts';
import { TargetFault, type CaseRun } from './case-run.ts';

/** Checks `body` for every generated value; findings of the minimal failing value are kept on the run. */
export async function checkProperty<T>(run: CaseRun, arbitrary: fc.Arbitrary<T>, body: (value: T) => Promise<void>, describe: (value: T) => RecordedRequest): Promise<void> {
  const { config, spec } = run;
  let fault: TargetFault | undefined;
  // The first acceptance of a request that must be refused is the finding, whatever a later re-check answers.
  let first: { findings: Finding[]; value: T } | undefined;
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
    const found = run.findings.splice(mark);
    if (first === undefined && found.some((f) => run.acceptances.has(f.dedupKey))) first = { findings: found, value };
    return found.length === 0;
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
    if (err instanceof TargetFault || (run.findings.length === 0 && first === undefined)) throw err;
  });
  // The re-check may meet a state the acceptance changed and answer otherwise: keep the original acceptance.
  const kept = first;
  if (kept !== undefined && !run.findings.some((f) => kept.findings.some((k) => k.dedupKey === f.dedupKey))) {
    run.findings.splice(0, run.findings.length, ...kept.findings);
    run.minimal = describe(kept.value);
  }
}
