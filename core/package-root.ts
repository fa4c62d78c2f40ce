// The installed package's root folder (where vitest.config.ts and suites/ live), whatever the cwd; and the version of
// a package installed beside it. Shared by the CLI, the SDK gate and the benchmarks.

import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';

/** Absolute path of the tcconform package root. */
export const packageRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Version of a package installed for tcconform (`unknown` when not installed), or of tcconform itself. */
export function packageVersion(name: string): string {
  const path = name === 'tcconform' ? resolve(packageRoot, 'package.json') : resolve(packageRoot, 'node_modules', name, 'package.json');
  try {
    return String((JSON.parse(readFileSync(path, 'utf8')) as { version?: string }).version ?? 'unknown');
  } catch {
    return 'unknown';
  }
}
