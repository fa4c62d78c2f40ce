// state_conformance for CVM image sharing: random share / cancel / share-again / observe sequences against the
// documented share list, read back with DescribeImageSharePermission. (Cancelling an account that has no share
// is not documented, so the model never asserts it.)

import { caseGroup } from '../harness/schedule/interleave.ts';
import { operationByKey } from '../../generated/operations.ts';
import { conformanceCase } from '../harness/conformance-case.ts';
import { TargetFault } from '../harness/case-run.ts';
import { fixturesFor } from '../harness/fixtures-for.ts';
import { imageShares } from '../harness/read-shares.ts';
import { runShareModel } from '../harness/share-model/run-share-model.ts';
import { ruleOf } from '../harness/rule-of.ts';

const modify = operationByKey('cvm.ModifyImageSharePermission');
const read = operationByKey('cvm.DescribeImageSharePermission');

caseGroup('cvm image share list (model-based)', () => {
  conformanceCase({
    id: 'cvm.ModifyImageSharePermission.state.share-model', title: 'SHARE and CANCEL sequences behave like the documented share list',
    operation: modify, check: 'state_conformance', safety: 'mutating', rule: 'cvm.share-effect', docs: modify.docs,
  }, async (run) => {
    const { region, f } = fixturesFor(run, 'cvm', ['imageId', 'recipientAccountIds']);
    const imageId = f.imageId as string;
    const before = await imageShares(run.client, region, imageId);
    if (!before.ok) throw new TargetFault(`cannot read the image's shares: ${before.why}`);
    run.protect(before.value);
    const candidates = (f.recipientAccountIds ?? []).filter((a) => !before.value.includes(a)).slice(0, 6);
    await runShareModel({
      run, region, subject: `image ${imageId} shared with`, shareOp: modify, cancelOp: modify, readOp: read,
      shareParams: (accounts) => ({ ImageId: imageId, AccountIds: [...accounts], Permission: 'SHARE' }),
      cancelParams: (accounts) => ({ ImageId: imageId, AccountIds: [...accounts], Permission: 'CANCEL' }),
      read: () => imageShares(run.client, region, imageId),
      alreadyShared: ruleOf(modify, 'cvm.not-already-shared'),
      shareEffect: 'cvm.share-effect', cancelEffect: 'cvm.cancel-effect', candidates,
    }, run.config.pace ? 6 : 10); // paced (live-like) targets and their recordings: shorter sequences
  });
});
