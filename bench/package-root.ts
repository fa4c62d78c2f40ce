// The package root (the folder holding package.json), whatever the working directory.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Absolute path of the package root. */
export const packageRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
