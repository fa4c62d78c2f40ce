import { describe, expect, it } from 'vitest';
import { validateFixtures } from './validate-fixtures.ts';

const good = {
  version: 1, site: 'intl',
  regions: { 'ap-guangzhou': {
    lighthouse: { blueprintId: 'lhbp-abcd1234', recipientAccountIds: ['100000000001'], situations: { 'share.not-self': { params: { BlueprintId: 'lhbp-abcd1234', AccountIds: ['100000000000'] } } } },
    cvm: { imageId: 'img-abcd1234' },
  } },
};

const problem = (v: unknown) => {
  const r = validateFixtures(v, 'f.json');
  return r.ok ? '' : r.error;
};

describe('validateFixtures', () => {
  it('accepts a well-formed file', () => {
    expect(validateFixtures(good, 'f.json').ok).toBe(true);
  });
  it('names a blueprint ID of the wrong form with its path', () => {
    const bad = structuredClone(good) as any;
    bad.regions['ap-guangzhou'].lighthouse.blueprintId = 'img-abcd1234';
    expect(problem(bad)).toMatch(/f\.json: \/regions\/ap-guangzhou\/lighthouse\/blueprintId: "img-abcd1234" is not of the documented form/);
  });
  it('names an account ID that is not digits', () => {
    const bad = structuredClone(good) as any;
    bad.regions['ap-guangzhou'].lighthouse.recipientAccountIds = ['12ab'];
    expect(problem(bad)).toMatch(/recipientAccountIds\/0/);
  });
  it('rejects a situation for a rule the spec does not have', () => {
    const bad = structuredClone(good) as any;
    bad.regions['ap-guangzhou'].lighthouse.situations = { 'share.no-such-rule': { params: {} } };
    expect(problem(bad)).toMatch(/share\.no-such-rule: no lighthouse rule has this id/);
  });
  it('rejects situation params that break the request schema', () => {
    const bad = structuredClone(good) as any;
    bad.regions['ap-guangzhou'].lighthouse.situations['share.not-self'].params.Extra = 1;
    expect(problem(bad)).toMatch(/not a valid ShareBlueprintAcrossAccounts request/);
  });
  it('rejects a wrong version, a missing region map and a non-object', () => {
    expect(problem({ ...good, version: 2 })).toMatch(/\/version: must be 1/);
    expect(problem({ version: 1 })).toMatch(/\/regions/);
    expect(problem([])).toMatch(/must hold an object/);
  });
});
