// A candidate SDK folder outside any node_modules tree cannot find its own dependencies (tslib, node-fetch, …):
// npm's tarballs never contain them. Staging gives it tcconform's: the package goes into a temp folder beside a
// `node_modules` link to tcconform's own node_modules, where Node's resolution walks up to find them.

import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A temp folder holding a staged package; `remove()` deletes it. */
export interface StagingDir {
  readonly dir: string;
  readonly remove: () => void;
}

/** A fresh temp folder with `node_modules` linked to `nodeModules`. */
export function stagingDir(nodeModules: string): StagingDir {
  const dir = mkdtempSync(join(tmpdir(), 'tcconform-sdk-'));
  symlinkSync(nodeModules, join(dir, 'node_modules'), 'dir');
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** The dependencies of the package at `root` that do not resolve from there. */
export function unresolvedDependencies(root: string, dependencies: readonly string[]): string[] {
  const require = createRequire(join(root, 'package.json'));
  return dependencies.filter((name) => {
    try {
      require.resolve(name);
      return false;
    } catch {
      return true;
    }
  });
}

/** Copies the package at `root` (its package.json and the CommonJS build) into `staging`. */
export function copyPackage(root: string, staging: StagingDir): string {
  const target = join(staging.dir, 'package');
  cpSync(join(root, 'package.json'), join(target, 'package.json'));
  cpSync(join(root, 'tencentcloud'), join(target, 'tencentcloud'), { recursive: true });
  return target;
}
