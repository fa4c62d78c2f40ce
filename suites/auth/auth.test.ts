// auth_conformance: every documented rule of TC3-HMAC-SHA256 and of the v1 signature, as one case per rule on
// every one of the eight actions (a gateway may authenticate actions differently). Each request breaks exactly
// one rule and must be refused with a code the spec allows for it; on mutating actions they name resources that
// do not exist, and the ledger still records them before they are sent.

import { caseGroup } from '../harness/schedule/interleave.ts';
import { operationByKey, operations } from '../../generated/operations.ts';
import { protocolRuleOf } from '../harness/rule-of.ts';
import { conformanceCase } from '../harness/conformance-case.ts';
import { authProbes } from './auth-probes.ts';
import { tc3Cases } from './tc3-cases.ts';
import { v1Cases } from './v1-cases.ts';

const rule = protocolRuleOf;

for (const [index, op] of operations.entries()) {
  const probe = authProbes[op.key];
  if (probe === undefined) throw new Error(`suites/auth has no probe for ${op.key}`);
  // Concurrent: the cases change nothing and share no state, so their requests overlap (paced all the same off the mock).
  caseGroup(`${op.key} auth`, () => {
    for (const c of [...tc3Cases, ...v1Cases]) {
      const r = rule(c.rule);
      conformanceCase({ id: `${op.key}.auth.${c.id}`, title: c.title, operation: op, check: 'auth_conformance',
        safety: op.safety === 'mutating' ? 'negative' : 'read-only', rule: r.id, docs: r.docs }, async (run) => {
        const requests = c.requests({ op, probe, credentials: run.client.credentials, now: Math.floor(Date.now() / 1000), index });
        for (const req of requests) await run.send(req, { kind: 'error', codes: r.codes, rule: r.id, why: r.says });
      });
    }
  }, { concurrent: true });
}

// The control: correctly signed requests of the two listing observers are accepted, in both signature versions.
for (const key of ['lighthouse.DescribeBlueprints', 'cvm.DescribeImages']) {
  const op = operationByKey(key);
  caseGroup(`${key} auth`, () => {
    conformanceCase({ id: `${key}.auth.valid`, title: 'correctly signed requests are accepted (TC3 POST, v1 GET HmacSHA256)', operation: op, check: 'auth_conformance', safety: 'read-only', docs: op.docs },
      async (run) => {
        await run.send({ operation: op, params: { Limit: 1 } }, { kind: 'success' });
        await run.send({ operation: op, params: { Limit: 1 }, form: 'get-query', signMethod: 'HmacSHA256' }, { kind: 'success' });
      });
  });
}
