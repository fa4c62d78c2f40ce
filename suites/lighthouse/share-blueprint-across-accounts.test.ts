// lighthouse.ShareBlueprintAcrossAccounts: one share accepted, 10 accounts accepted and 11 refused, every
// documented business rule refused with its codes, and every generated constraint violation refused.

import { caseGroup } from '../harness/schedule/interleave.ts';
import { operationByKey } from '../../generated/operations.ts';
import { shareCases } from '../harness/share-cases.ts';
import { ruleCases } from '../harness/rule-cases.ts';
import { generatedCases } from '../harness/generated-cases.ts';
import { ruleOf } from '../harness/rule-of.ts';

const op = operationByKey('lighthouse.ShareBlueprintAcrossAccounts');

caseGroup(op.key, () => {
  shareCases({
    op, product: 'lighthouse', resource: 'blueprintId',
    params: (id, accounts) => ({ BlueprintId: id, AccountIds: [...accounts] }),
    max: { count: 10, rule: ruleOf(op, 'share.max-accounts') },
  });
  ruleCases(op);
  generatedCases(op);
});
