// A model-based case sends shares, cancels and reads: each observation is filed under the operation that
// answered it, so the coverage matrix of a conforming run credits cancel's "not shared" code to the cancel action
// (it once listed it as an undocumented code of ShareBlueprintAcrossAccounts). Against the embedded mock.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commonErrorCodes, operationByKey, operations } from '../../../generated/operations.ts';
import { startMock, type MockHandle } from '../../../mock/index.ts';
import { caseResultOf } from '../../../reports/case-result-of.ts';
import { errorCodeCoverage } from '../../../reports/error-code-coverage.ts';
import { CaseRun, type CaseSpec } from '../case-run.ts';
import { createTargetClient, type TargetClient } from '../target-client.ts';
import { openLedger, type Ledger } from '../ledger.ts';
import { blueprintShares } from '../read-shares.ts';
import { ruleOf } from '../rule-of.ts';
import { endpointConfig, noPacing } from '../testing/endpoint-config.ts';
import { runShareModel } from './run-share-model.ts';
import { caseRegion } from '../default-region.ts';

const share = operationByKey('lighthouse.ShareBlueprintAcrossAccounts');
const cancel = operationByKey('lighthouse.CancelShareBlueprintAcrossAccounts');
const read = operationByKey('lighthouse.DescribeBlueprintsShareAcrossAccountInfos');
const NOT_SHARED = 'UnsupportedOperation.BlueprintHasNotShared';
const spec: CaseSpec = { id: `${share.key}.test.share-model`, title: 'share model', operation: share, check: 'state_conformance', safety: 'mutating', rule: 'share.effect', docs: [] };

let mock: MockHandle;
let client: TargetClient;
let ledger: Ledger;
let run: CaseRun;
beforeAll(async () => {
  mock = await startMock({ rateLimits: false });
  const config = endpointConfig(mock.url, mock.fixtures(), join(mkdtempSync(join(tmpdir(), 'tcconform-model-')), 'ledger.jsonl'), { seed: 20260324, runs: 25 });
  client = createTargetClient(config, mock.fixtures().credentials!, noPacing, { sleep: async () => {} });
  ledger = openLedger(config.ledgerPath);
  run = new CaseRun(spec, config, client, ledger);
  const region = caseRegion(config)!;
  const f = config.fixtures.regions[region]!.lighthouse!;
  const blueprintId = f.blueprintId!;
  await runShareModel({
    run, region, subject: `blueprint ${blueprintId} shared with`, shareOp: share, cancelOp: cancel, readOp: read,
    shareParams: (accounts) => ({ BlueprintId: blueprintId, AccountIds: [...accounts] }),
    cancelParams: (accounts) => ({ BlueprintId: blueprintId, AccountIds: [...accounts] }),
    read: () => blueprintShares(client, region, blueprintId),
    alreadyShared: ruleOf(share, 'share.not-already-shared'), notShared: ruleOf(cancel, 'cancel.must-be-shared'),
    shareEffect: 'share.effect', cancelEffect: 'cancel.effect', candidates: (f.recipientAccountIds ?? []).slice(0, 4),
  });
});
afterAll(async () => { ledger.close(); await client.close(); await mock.close(); });

describe('a model-based case', () => {
  it('files every observation under the operation of the exchange that produced it', () => {
    const record = run.record();
    expect(run.findings).toEqual([]);
    const on = (op: string) => record.observed.filter((o) => o.operation === op).map((o) => o.code ?? o.outcome);
    expect(new Set(record.observed.map((o) => o.operation))).toEqual(new Set([share.key, cancel.key]));
    expect(on(cancel.key)).toContain(NOT_SHARED);
    expect(on(share.key)).not.toContain(NOT_SHARED);
    expect(on(share.key)).toContain('UnsupportedOperation.BlueprintAlreadyShared');
  });

  it('gives a coverage matrix with no undocumented code, crediting cancel with its code', () => {
    const result = caseResultOf({ name: spec.id, moduleId: 'test', state: 'passed', errors: [], durationMs: 0, record: run.record() }, 'mock');
    const rows = errorCodeCoverage([result], operations, commonErrorCodes);
    expect(rows.filter((r) => !r.documented)).toEqual([]);
    const credited = rows.find((r) => r.operation === cancel.key && r.code === NOT_SHARED);
    expect(credited?.observed).toBeGreaterThan(0);
    expect(rows.find((r) => r.operation === share.key && r.code === NOT_SHARED)).toBeUndefined();
  });
});
