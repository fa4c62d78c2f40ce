// Runs the share-list model as a property: random command sequences over the candidate accounts, each sequence
// starting from the run's snapshot and undone afterwards, shrunk to a minimal failing sequence.

import fc from 'fast-check';
import { checkProperty } from '../check-property.ts';
import { TargetFault } from '../case-run.ts';
import { CancelCommand, CancelUnsharedCommand, ObserveCommand, ShareAgainCommand, ShareCommand, observe } from './share-commands.ts';
import type { ShareModel, ShareModelSpec } from './share-model.ts';

/** Checks the model against the target; `runs` sequences of at most `maxCommands` commands. */
export async function runShareModel(spec: ShareModelSpec, maxCommands = 10): Promise<void> {
  const pick = fc.subarray([...spec.candidates], { minLength: 1, maxLength: Math.min(3, spec.candidates.length) });
  const commands = fc.commands([
    pick.map((a) => new ShareCommand(a)),
    pick.map((a) => new CancelCommand(a)),
    pick.map((a) => new ShareAgainCommand(a)),
    pick.map((a) => new CancelUnsharedCommand(a)),
    fc.constant(new ObserveCommand()),
  ], { maxCommands });
  await checkProperty(spec.run, commands, async (cmds) => {
    const model: ShareModel = { shared: new Set() };
    try {
      await fc.asyncModelRun(() => ({ model, real: spec }), cmds);
      await observe(model, spec);
    } finally {
      const problems = await spec.run.undoAll();
      // An undo that failed leaves the target changed: stop, keep the ledger entry for `tcconform cleanup`.
      if (problems.length > 0) throw new TargetFault(problems.join('; '));
    }
  }, (cmds) => ({ operation: spec.shareOp.key, region: spec.region, form: 'post-json', params: { commands: String(cmds) } }));
}
