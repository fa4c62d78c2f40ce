// `npm run generate` writes generated/ from specs/; `npm run check:generated` (--check) only compares.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compareOutput, isClean } from './compare-output.ts';
import { generateFiles } from './generate-files.ts';
import { readGenerated, writeGenerated } from './generated-files.ts';
import { loadSpecs } from '../specs/model/load-specs.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'generated');
const check = process.argv.includes('--check');

const loaded = await loadSpecs(join(root, 'specs'));
const generated = loaded.ok ? generateFiles(loaded.value, root) : loaded;
if (!generated.ok) {
  process.stderr.write(`Cannot generate: the specs have errors (run npm run lint:specs):\n${generated.error.map((e) => `  - ${e}`).join('\n')}\n`);
  process.exit(1);
}
const current = await readGenerated(outDir);
const diff = compareOutput(generated.value, current);
if (check) {
  if (isClean(diff)) {
    process.stdout.write(`generated/ is up to date (${generated.value.size} files).\n`);
    process.exit(0);
  }
  const list = (label: string, paths: readonly string[]): string => paths.map((p) => `  ${label} generated/${p}\n`).join('');
  process.stderr.write(
    `generated/ is stale; run npm run generate and commit the result:\n${list('stale  ', diff.stale)}${list('missing', diff.missing)}${list('extra  ', diff.extra)}`,
  );
  process.exit(1);
}
const result = await writeGenerated(outDir, generated.value, current, diff.extra);
process.stdout.write(
  `generated/: ${generated.value.size} files, ${result.written.length} written, ${result.deleted.length} deleted` +
    `${result.kept.length > 0 ? `; not generated, left alone: ${result.kept.join(', ')}` : ''}.\n`,
);
