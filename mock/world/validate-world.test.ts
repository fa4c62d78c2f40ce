// World files: the default world is valid; every problem names file, JSON pointer and what is wrong; nothing throws.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultWorld } from './default-world.ts';
import { loadWorldFile, parseWorldText } from './load-world-file.ts';
import { validateWorld } from './validate-world.ts';
import { formatWorldProblem } from './world-problem.ts';

const minimal = `
regions: [ap-guangzhou]
callerId: "100"
accounts:
  - { id: "100", credentials: [{ secretId: AKIDx, secretKey: key }] }
  - { id: "200" }
images:
  - { id: img-abcdefgh, owner: "100", region: ap-guangzhou }
`;

const problemsOf = (text: string, file = 'w.yaml') => {
  const result = parseWorldText(text, file);
  return result.ok ? [] : result.error.map(formatWorldProblem);
};

describe('world files', () => {
  it('the default world is valid and unchanged by validation', () => {
    const world = defaultWorld();
    const result = validateWorld(world, 'default');
    expect(result.ok).toBe(true);
    expect(result.ok && result.value).toEqual(world);
  });

  it('fills defaults into a minimal YAML world', () => {
    const result = parseWorldText(minimal, 'w.yaml');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.accounts[1]).toEqual({ id: '200', kind: 'root', site: 'intl', credentials: [], shareQuota: 100, lighthouseRole: 'present', deniedActions: [] });
    expect(result.value.images[0]).toMatchObject({ type: 'PRIVATE_IMAGE', state: 'NORMAL', shares: [], lighthouseBlueprintId: null, failWith: null });
    expect(result.value.blueprints).toEqual([]);
  });

  it('names file, pointer and problem for schema errors', () => {
    expect(problemsOf(minimal.replace('{ id: "200" }', '{ id: "200", kind: boss, colour: red }'))).toEqual([
      "w.yaml: /accounts/1: unknown field 'colour'",
      'w.yaml: /accounts/1/kind: must be one of root, collaborator',
    ]);
    expect(problemsOf(minimal.replace('img-abcdefgh', 'img-1'))).toEqual(['w.yaml: /images/0/id: must match pattern "^img-[0-9a-z]{8}$"']);
    expect(problemsOf('regions: []\naccounts: []')).toContain("w.yaml: (document): missing field 'callerId'");
  });

  it('names reference problems: unknown owner, share account, region, duplicate and link mismatch', () => {
    const broken = `${minimal}
  - { id: img-abcdefgh, owner: "999", region: ap-tokyo, shares: [{ accountId: "998" }], lighthouseBlueprintId: lhbp-00000000 }
`;
    expect(problemsOf(broken)).toEqual([
      'w.yaml: /images/1/owner: no account 999',
      'w.yaml: /images/1/region: ap-tokyo is not one of the world\'s regions (ap-guangzhou)',
      'w.yaml: /images/1/shares/0/accountId: no account 998',
      'w.yaml: /images/1/lighthouseBlueprintId: blueprint lhbp-00000000 must exist in ap-tokyo, belong to 999 and name img-abcdefgh as sourceImageId',
      'w.yaml: /images/1/id: img-abcdefgh appears twice',
    ]);
    expect(problemsOf(minimal.replace('callerId: "100"', 'callerId: "200"'))).toEqual(['w.yaml: /callerId: the caller 200 has no credentials']);
  });

  it('reports syntax errors as a problem at the document', () => {
    expect(problemsOf('{"regions": [', 'w.json')[0]).toMatch(/^w\.json: \(document\): not valid JSON/);
    expect(problemsOf('regions: [ap-guangzhou\ncallerId: x', 'w.yaml')[0]).toMatch(/^w\.yaml: \(document\): not valid YAML/);
  });

  it('reads files from disk and reports an unreadable one without throwing', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'tcconform-world-'));
    const path = join(dir, 'world.yaml');
    await writeFile(path, minimal);
    expect((await loadWorldFile(path)).ok).toBe(true);
    const missing = await loadWorldFile(join(dir, 'nope.yaml'));
    expect(missing.ok ? '' : formatWorldProblem(missing.error[0]!)).toMatch(/nope\.yaml: \(document\): cannot read the file \(ENOENT\)/);
  });

  it('never throws, whatever the document', () => {
    fc.assert(fc.property(fc.anything(), (document) => {
      const result = validateWorld(document, 'any');
      expect(typeof result.ok).toBe('boolean');
    }), { numRuns: 300 });
    expect(validateWorld({ regions: ['ap-guangzhou'], callerId: '1', accounts: [{ id: '1', credentials: [], f: () => 1 }] }, 'f').ok).toBe(false);
  });
});
