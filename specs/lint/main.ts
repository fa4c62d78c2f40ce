// `npm run lint:specs [-- --json | --facts]`: lints specs/ (and reconciles them with specs/vendor/) and exits 1 on spec
// errors or rule violations (doc defects: 0).
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadSpecs } from '../model/load-specs.ts';
import { formatLint } from './format-lint.ts';
import { lintSpecs } from './lint-specs.ts';
import { loadVendorExtracts } from './vendor/vendor-extract.ts';

const json = process.argv.includes('--json');
const facts = process.argv.includes('--facts');
const specsDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const loaded = await loadSpecs(specsDir);
if (!loaded.ok) {
  const errors = loaded.error.map((message) => ({ rule: 'load', file: '', pointer: '', message }));
  process.stdout.write(json ? `${JSON.stringify({ ok: false, specErrors: errors, violations: [], docDefects: [], reconciliation: [] }, null, 2)}\n` : `Cannot load the specs:\n${loaded.error.map((e) => `  - ${e}`).join('\n')}\n`);
  process.exit(1);
}
const extracts = await loadVendorExtracts(join(specsDir, 'vendor'));
if (!extracts.ok) {
  process.stdout.write(`Cannot read the vendor extract: ${extracts.error}\n`);
  process.exit(1);
}
const result = await lintSpecs(loaded.value, extracts.value);
const ok = result.specErrors.length + result.violations.length === 0;
process.stdout.write(json ? `${JSON.stringify({ ok, ...result }, null, 2)}\n` : `${formatLint(result, facts)}\n`);
// exitCode, not exit(): a piped stdout is written asynchronously, and exit() would cut a long JSON answer short.
process.exitCode = ok ? 0 : 1;
