// lighthouse.CancelShareBlueprintAcrossAccounts: cancelling a share the run made is accepted, 10 accounts
// accepted and 11 refused, every documented business rule refused with its codes, generated violations refused.

import { caseGroup } from '../harness/schedule/interleave.ts';
import { operationByKey } from '../../generated/operations.ts';
import { shareCases } from '../harness/share-cases.ts';
import { ruleCases } from '../harness/rule-cases.ts';
import { generatedCases } from '../harness/generated-cases.ts';
import { ruleOf } from '../harness/rule-of.ts';

const op = operationByKey('lighthouse.CancelShareBlueprintAcrossAccounts');
const share = operationByKey('lighthouse.ShareBlueprintAcrossAccounts');
const params = (id: string, accounts: readonly string[]) => ({ BlueprintId: id, AccountIds: [...accounts] });

caseGroup(op.key, () => {
  shareCases({ op, product: 'lighthouse', resource: 'blueprintId', params, setup: { op: share, params }, max: { count: 10, rule: ruleOf(op, 'cancel.max-accounts') } });
  ruleCases(op);
  generatedCases(op);
});
