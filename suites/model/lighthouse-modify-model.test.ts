// state_conformance for sharing a CVM image into Lighthouse: SHARE returns a new blueprint that DescribeBlueprints
// lists with the image's ID, SHARE again is refused, CANCEL returns BlueprintId null and the blueprint is gone.

import { caseGroup } from '../harness/schedule/interleave.ts';
import { operationByKey } from '../../generated/operations.ts';
import { stateConformance } from '../../checks/state-conformance.ts';
import { conformanceCase } from '../harness/conformance-case.ts';
import { SkipCase, TargetFault, type CaseRun } from '../harness/case-run.ts';
import { fixturesFor } from '../harness/fixtures-for.ts';
import { blueprintsFromImage } from '../harness/read-shares.ts';
import { ruleOf } from '../harness/rule-of.ts';

const modify = operationByKey('lighthouse.ModifyImageSharePermission');
const read = operationByKey('lighthouse.DescribeBlueprints');

async function expectBlueprints(run: CaseRun, region: string, imageId: string, expected: readonly string[], rule: string): Promise<void> {
  const back = await blueprintsFromImage(run.client, region, imageId);
  if (!back.ok) throw new TargetFault(`cannot list blueprints: ${back.why}`);
  const last = back.sent[back.sent.length - 1];
  run.addFindings(stateConformance({ operation: modify.key, rule, docs: modify.docs, subject: `blueprints made from ${imageId}`, expected, observed: back.value }),
    { operation: read, params: {} }, last);
}

caseGroup('lighthouse ModifyImageSharePermission (state)', () => {
  conformanceCase({
    id: 'lighthouse.ModifyImageSharePermission.state.modify-share-cycle', title: 'SHARE makes a listed blueprint, SHARE again is refused, CANCEL removes it',
    operation: modify, check: 'state_conformance', safety: 'mutating', rule: 'lmodify.share-effect', docs: modify.docs,
  }, async (run) => {
    const { region, f } = fixturesFor(run, 'lighthouse', ['imageId']);
    const imageId = f.imageId as string;
    const before = await blueprintsFromImage(run.client, region, imageId);
    if (!before.ok) throw new TargetFault(`cannot list blueprints: ${before.why}`);
    if (before.value.length > 0) throw new SkipCase(`image ${imageId} is already shared into Lighthouse before the run; the cycle would cancel a share the run did not make`);
    const shared = await run.send({ operation: modify, params: { ImageId: imageId, Permission: 'SHARE' }, region }, { kind: 'success' });
    const id = shared.sent.envelope.kind === 'success' ? shared.sent.envelope.fields['BlueprintId'] : undefined;
    if (typeof id !== 'string') return;
    await expectBlueprints(run, region, imageId, [id], 'lmodify.share-effect');
    const again = ruleOf(modify, 'lmodify.not-already-shared');
    await run.send({ operation: modify, params: { ImageId: imageId, Permission: 'SHARE' }, region }, { kind: 'error', codes: again.codes, rule: again.id, why: 'The image is already shared into Lighthouse.' });
    const cancelled = await run.send({ operation: modify, params: { ImageId: imageId, Permission: 'CANCEL' }, region }, { kind: 'success' });
    if (cancelled.sent.envelope.kind === 'success' && cancelled.sent.envelope.fields['BlueprintId'] !== null) {
      run.addFindings([{ check: 'state_conformance', severity: 'major', operation: modify.key, rule: 'lmodify.cancel-effect', docs: modify.docs,
        title: 'CANCEL did not answer BlueprintId null', detail: `BlueprintId was ${JSON.stringify(cancelled.sent.envelope.fields['BlueprintId'])}.`, dedupKey: 'lmodify.cancel-null' }]);
    }
    await expectBlueprints(run, region, imageId, [], 'lmodify.cancel-effect');
  });
});
