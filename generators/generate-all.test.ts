import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { operations } from '../generated/operations.ts';
import { compareOutput } from './compare-output.ts';
import { generateAll } from './generate-all.ts';
import { generateFiles } from './generate-files.ts';
import { GENERATED_HEADER } from './generated-header.ts';
import { specModel } from './test-specs.ts';

const GENERATED_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'generated');

function generate(): ReadonlyMap<string, string> {
  const out = generateAll(specModel());
  if (!out.ok) throw new Error(out.error.join('\n'));
  return out.value;
}

function onDisk(): ReadonlyMap<string, string> {
  const files = readdirSync(GENERATED_DIR, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
  return new Map(files.map((e) => {
    const full = join(e.parentPath, e.name);
    return [relative(GENERATED_DIR, full).split('\\').join('/'), readFileSync(full, 'utf8')] as const;
  }));
}

describe('generateAll', () => {
  const first = generate();

  it('is deterministic: two generations from the same specs are identical', () => {
    expect([...generate()]).toEqual([...first]);
  });

  it('marks every file as generated and leaves no require( in any of them', () => {
    for (const [path, text] of first) {
      expect(text.startsWith(`${GENERATED_HEADER}\n`), path).toBe(true);
      expect(text, path).not.toMatch(/\brequire\s*\(/);
    }
    expect(first.get('validators-json.ts')?.split('\n')[1]).toBe('// @ts-nocheck');
    expect(first.get('validators-coerced.ts')?.split('\n')[1]).toBe('// @ts-nocheck');
  });

  it('matches what is committed in generated/ (npm run check:generated)', () => {
    const all = generateFiles(specModel(), join(GENERATED_DIR, '..'));
    if (!all.ok) throw new Error(all.error.join('\n'));
    expect(compareOutput(all.value, onDisk())).toEqual({ stale: [], missing: [], extra: [] });
  });

  it('writes a request and a response interface per operation with the exact fields and optionality', () => {
    const types = first.get('types.ts') ?? '';
    for (const op of operations) {
      const name = `${op.product === 'cvm' ? 'Cvm' : 'Lighthouse'}${op.action}Request`;
      const body = new RegExp(`export interface ${name} \\{\\n([\\s\\S]*?)\\n\\}`).exec(types)?.[1] ?? '';
      const fields = [...body.matchAll(/^ {2}(\w+)(\??): /gm)].map((m) => `${m[1]}${m[2]}`);
      expect(fields, name).toEqual(op.params.map((p) => (op.required.includes(p) ? p : `${p}?`)));
      expect(types).toContain(`export interface ${name.replace(/Request$/, 'Response')} {`);
    }
    expect(types).toMatch(/export interface LighthouseModifyImageSharePermissionResponse \{[\s\S]*?BlueprintId: string \| null;/);
    expect(types).toMatch(/export interface LighthouseBlueprint \{[\s\S]*?Description: string \| null;[\s\S]*?Tags\?: CommonTag\[\];/);
  });
});
