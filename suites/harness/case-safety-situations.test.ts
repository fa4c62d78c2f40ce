// A rule case sends its request to a resource only a situation of the fixtures names (an image in use, a blueprint
// that is syncing). A target that refuses it but applies it anyway changes that resource, not a fixture resource: the
// case reads that resource before and after too, reports refusal_changes_nothing, and puts it back. Against the
// embedded mock, faithful and with `refused-but-applied` injected.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { operationByKey } from '../../generated/operations.ts';
import { startMock, type MockHandle } from '../../mock/index.ts';
import type { Fixtures } from '../../core/fixtures.ts';
import { CaseRun, type CaseSpec } from './case-run.ts';
import { createTargetClient, type TargetClient } from './target-client.ts';
import { openLedger, type Ledger } from './ledger.ts';
import { readLedger } from './read-ledger.ts';
import { blueprintsFromImage } from './read-shares.ts';
import { situationResources } from './fixture-shares.ts';
import { endpointConfig, noPacing } from './testing/endpoint-config.ts';
import type { RunConfig } from './run-config.ts';

const modify = operationByKey('lighthouse.ModifyImageSharePermission');
const spec: CaseSpec = { id: `${modify.key}.test.situation`, title: 'situation', operation: modify, check: 'negative_data_rejection', safety: 'mutating', docs: [] };
const region = 'ap-guangzhou';

describe('situationResources', () => {
  const fixtures = { version: 1, regions: { [region]: {
    lighthouse: { blueprintId: 'lhbp-main0000', imageId: 'img-lhmain00', situations: {
      'share.state-normal': { params: { BlueprintId: 'lhbp-syncing0', AccountIds: ['1'] } },
      'cancel.state': { params: { BlueprintId: 'lhbp-syncing0', AccountIds: ['1'] } },
      'share.recipient-root': { params: { BlueprintId: 'lhbp-main0000', AccountIds: ['2'] } },
      'lmodify.not-in-use': { params: { ImageId: 'img-busy0000', Permission: 'SHARE' } },
    } },
    cvm: { imageId: 'img-main0000', situations: { 'cvm.byol': { params: { ImageId: 'img-byol0000', AccountIds: ['1'], Permission: 'SHARE' } } } },
  } } } as unknown as Fixtures;

  it('lists each other resource a situation names once, in the share list of its product and parameter', () => {
    expect(situationResources(fixtures, region).map((r) => `${r.list.noun} ${r.id}`)).toEqual(['blueprint lhbp-syncing0', 'lighthouse-image img-busy0000', 'image img-byol0000']);
  });

  it('leaves out the fixture resources themselves and regions without situations', () => {
    expect(situationResources(fixtures, region).some((r) => r.id === 'lhbp-main0000')).toBe(false);
    expect(situationResources(fixtures, 'ap-nowhere')).toEqual([]);
  });
});

describe('a refused request to a situation resource', () => {
  let mock: MockHandle;
  let config: RunConfig;
  let client: TargetClient;
  let ledger: Ledger;
  let busy: { ImageId: string; Permission: string };
  beforeAll(async () => {
    mock = await startMock({ rateLimits: false });
    config = endpointConfig(mock.url, mock.fixtures(), join(mkdtempSync(join(tmpdir(), 'tcconform-situations-')), 'ledger.jsonl'));
    client = createTargetClient(config, mock.fixtures().credentials!, noPacing, { sleep: async () => {} });
    ledger = openLedger(config.ledgerPath);
    busy = mock.fixtures().regions[region]?.lighthouse?.situations?.['lmodify.not-in-use']?.params as typeof busy;
  });
  afterAll(async () => { ledger.close(); await client.close(); await mock.close(); });
  beforeEach(() => { mock.admin.reset(); mock.admin.clearFaults(); });

  const blueprintsOf = async (image: string) => { const back = await blueprintsFromImage(client, region, image); if (!back.ok) throw new Error(back.why); return back.value; };
  const pending = () => readLedger(readFileSync(config.ledgerPath, 'utf8')).pending;

  async function refusedCase(): Promise<CaseRun> {
    const run = new CaseRun(spec, config, client, ledger);
    await run.send({ operation: modify, params: busy, region }, { kind: 'error', codes: ['ResourceInUse'], why: 'the image is in use' });
    expect(await run.undoAll()).toEqual([]);
    await run.verifyShares();
    return run;
  }

  it('on a faithful target: nothing changes, no finding, the ledger entry is settled', async () => {
    expect(busy.ImageId).toMatch(/^img-/);
    const run = await refusedCase();
    expect(run.findings.filter((f) => f.check === 'refusal_changes_nothing')).toEqual([]);
    expect(await blueprintsOf(busy.ImageId)).toEqual([]);
    expect(pending()).toEqual([]);
  });

  it('on a target that applies it anyway: refusal_changes_nothing names that resource, and it is put back', async () => {
    expect(mock.admin.setFaults({ deviations: [{ name: 'refused-but-applied', action: modify.key }] }).ok).toBe(true);
    const run = await refusedCase();
    const found = run.findings.filter((f) => f.check === 'refusal_changes_nothing');
    expect(found).toHaveLength(1);
    expect(found[0]?.detail).toContain(`lighthouse-image ${busy.ImageId} shared-with`);
    expect(found[0]?.detail).toContain('put the shares back');
    expect(await blueprintsOf(busy.ImageId)).toEqual([]);
    expect(pending()).toEqual([]);
  });
});
