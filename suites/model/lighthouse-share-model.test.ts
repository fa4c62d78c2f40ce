// state_conformance for Lighthouse blueprint sharing: random share / cancel / share-again / cancel-unshared /
// observe sequences against the documented share list, read back with DescribeBlueprintsShareAcrossAccountInfos.

import { caseGroup } from '../harness/schedule/interleave.ts';
import { operationByKey } from '../../generated/operations.ts';
import { conformanceCase } from '../harness/conformance-case.ts';
import { TargetFault } from '../harness/case-run.ts';
import { fixturesFor } from '../harness/fixtures-for.ts';
import { blueprintShares } from '../harness/read-shares.ts';
import { runShareModel } from '../harness/share-model/run-share-model.ts';
import { ruleOf } from '../harness/rule-of.ts';

const share = operationByKey('lighthouse.ShareBlueprintAcrossAccounts');
const cancel = operationByKey('lighthouse.CancelShareBlueprintAcrossAccounts');
const read = operationByKey('lighthouse.DescribeBlueprintsShareAcrossAccountInfos');

caseGroup('lighthouse blueprint share list (model-based)', () => {
  conformanceCase({
    id: 'lighthouse.ShareBlueprintAcrossAccounts.state.share-model', title: 'share and cancel sequences behave like the documented share list',
    operation: share, check: 'state_conformance', safety: 'mutating', rule: 'share.effect', docs: [...share.docs, ...cancel.docs],
  }, async (run) => {
    const { region, f } = fixturesFor(run, 'lighthouse', ['blueprintId', 'recipientAccountIds']);
    const blueprintId = f.blueprintId as string;
    const before = await blueprintShares(run.client, region, blueprintId);
    if (!before.ok) throw new TargetFault(`cannot read the blueprint's shares: ${before.why}`);
    run.protect(before.value);
    const candidates = (f.recipientAccountIds ?? []).filter((a) => !before.value.includes(a)).slice(0, 6);
    await runShareModel({
      run, region, subject: `blueprint ${blueprintId} shared with`, shareOp: share, cancelOp: cancel, readOp: read,
      shareParams: (accounts) => ({ BlueprintId: blueprintId, AccountIds: [...accounts] }),
      cancelParams: (accounts) => ({ BlueprintId: blueprintId, AccountIds: [...accounts] }),
      read: () => blueprintShares(run.client, region, blueprintId),
      alreadyShared: ruleOf(share, 'share.not-already-shared'), notShared: ruleOf(cancel, 'cancel.must-be-shared'),
      shareEffect: 'share.effect', cancelEffect: 'cancel.effect', candidates,
    }, run.config.pace ? 6 : 10); // paced (live-like) targets and their recordings: shorter sequences
  });
});
