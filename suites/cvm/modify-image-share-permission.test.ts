// cvm.ModifyImageSharePermission: SHARE with one account accepted (and undone), CANCEL of a share the run made
// accepted, every documented business rule (including the 500-account cap) refused with its codes, the cap also
// reached in one request both ways (500 accepted, 501 refused), generated violations refused.

import { caseGroup } from '../harness/schedule/interleave.ts';
import { operationByKey } from '../../generated/operations.ts';
import { shareCases } from '../harness/share-cases.ts';
import { ruleCases } from '../harness/rule-cases.ts';
import { generatedCases } from '../harness/generated-cases.ts';
import { capAtMaxInOneRequestCase, capInOneRequestCase } from '../harness/cap-cases.ts';
import { TargetFault, type CaseRun } from '../harness/case-run.ts';
import { imageShares } from '../harness/read-shares.ts';
import { productLimits } from '../../generated/operations.ts';

const op = operationByKey('cvm.ModifyImageSharePermission');
const as = (permission: string) => (id: string, accounts: readonly string[]) => ({ ImageId: id, AccountIds: [...accounts], Permission: permission });

caseGroup(op.key, () => {
  shareCases({ op, product: 'cvm', resource: 'imageId', params: as('SHARE'), variant: 'share' });
  shareCases({ op, product: 'cvm', resource: 'imageId', params: as('CANCEL'), setup: { op, params: as('SHARE') }, variant: 'cancel' });
  ruleCases(op);
  const cap = { op, rule: 'cvm.max-500', cap: productLimits.cvm.accountsPerImage.max, share: (id: string, accounts: readonly string[]) => as('SHARE')(id, accounts),
    holders: async (run: CaseRun, region: string, id: string) => {
      const back = await imageShares(run.client, region, id);
      if (!back.ok) throw new TargetFault(`cannot read the image's shares: ${back.why}`);
      return back.value;
    } };
  capInOneRequestCase(cap);
  capAtMaxInOneRequestCase(cap);
  generatedCases(op);
});
