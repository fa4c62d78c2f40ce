// The import rules of .dependency-cruiser.cjs and .dependency-cruiser-folders.cjs (npm run lint:deps) fail on a
// deliberate violation: scratch folders in a temporary directory, judged with the repository's own configs.
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = dirname(fileURLToPath(import.meta.url));
const depcruise = join(root, 'node_modules', '.bin', 'depcruise');

function scratch(files: Readonly<Record<string, string>>): string {
  const dir = mkdtempSync(join(tmpdir(), 'tcconform-deps-'));
  writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions: { module: 'ESNext', moduleResolution: 'bundler', allowImportingTsExtensions: true, noEmit: true } }));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

function cruise(dir: string, config: string): Promise<{ code: number; out: string }> {
  const folders = ['core', 'checks', 'mock', 'reports', 'suites', 'generators'];
  return new Promise((resolve) => {
    execFile(depcruise, ['--config', join(root, config), ...folders.filter((f) => existsSync(join(dir, f)))], { cwd: dir }, (err, stdout, stderr) => {
      resolve({ code: err === null ? 0 : typeof err.code === 'number' ? err.code : 1, out: `${stdout}${stderr}` });
    });
  });
}

describe('npm run lint:deps', () => {
  it('passes a scratch tree that keeps the rules', async () => {
    const dir = scratch({ 'core/sign.ts': 'export const x = 1;\n', 'checks/check.ts': "import { x } from '../core/sign.ts';\nexport const y = x;\n" });
    expect(await cruise(dir, '.dependency-cruiser.cjs')).toMatchObject({ code: 0 });
    expect(await cruise(dir, '.dependency-cruiser-folders.cjs')).toMatchObject({ code: 0 });
  }, 60_000);

  it('fails when core imports the mock, or a suite reaches past the mock facade', async () => {
    const dir = scratch({
      'core/sign.ts': "import '../mock/index.ts';\nexport const x = 1;\n", 'mock/index.ts': 'export {};\n', 'mock/engine/state.ts': 'export {};\n',
      'suites/case.ts': "import '../mock/engine/state.ts';\n",
    });
    const r = await cruise(dir, '.dependency-cruiser.cjs');
    expect(r.code).not.toBe(0);
    expect(r.out).toContain('core-imports-nothing-of-ours: core/sign.ts → mock/index.ts');
    expect(r.out).toContain('suites-use-the-mock-facade: suites/case.ts → mock/engine/state.ts');
  }, 60_000);

  it('fails on a loop between two folders, but not when only a test closes it', async () => {
    const loop = { 'checks/a/one.ts': "import '../b/two.ts';\nexport {};\n", 'checks/b/two.ts': "import '../a/three.ts';\nexport {};\n", 'checks/a/three.ts': 'export {};\n' };
    const r = await cruise(scratch(loop), '.dependency-cruiser-folders.cjs');
    expect(r.code).not.toBe(0);
    expect(r.out).toContain('no-folder-loops');
    const viaTest = { ...loop, 'checks/b/two.ts': 'export {};\n', 'checks/b/two.test.ts': "import '../a/three.ts';\n" };
    expect(await cruise(scratch(viaTest), '.dependency-cruiser-folders.cjs')).toMatchObject({ code: 0 });
  }, 60_000);
});
