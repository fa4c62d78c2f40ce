// lighthouse.ModifyImageSharePermission: every documented business rule refused with its codes, generated
// violations refused, and the docs' own cancel example (Permission "CANEL", a doc defect) refused as not in the
// enum. The SHARE / CANCEL cycle is in suites/model/lighthouse-modify-model.test.ts.

import { caseGroup } from '../harness/schedule/interleave.ts';
import { operationByKey } from '../../generated/operations.ts';
import { ruleCases } from '../harness/rule-cases.ts';
import { generatedCases } from '../harness/generated-cases.ts';
import { conformanceCase } from '../harness/conformance-case.ts';
import { fixturesFor } from '../harness/fixtures-for.ts';

const op = operationByKey('lighthouse.ModifyImageSharePermission');
const notInEnum = op.constraints.find((c) => c.kind === 'not-in-enum' && c.param === 'Permission');

caseGroup(op.key, () => {
  ruleCases(op);
  generatedCases(op);
  conformanceCase({ id: `${op.key}.doc-example.canel`, title: 'the documented cancel example (Permission "CANEL") is refused: the example itself is wrong',
    operation: op, check: 'negative_data_rejection', safety: 'negative', docs: op.docs }, async (run) => {
    const { region, f } = fixturesFor(run, 'lighthouse', ['imageId']);
    await run.send({ operation: op, params: { ImageId: f.imageId, Permission: 'CANEL' }, region },
      { kind: 'error', codes: notInEnum?.codes ?? [], why: 'CANEL is not one of the documented Permission values SHARE and CANCEL.' });
  });
});
