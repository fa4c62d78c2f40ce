// A live-like run executes suites/all-suites.cases.ts (every suite as one module): a suite file it does not import
// would silently never run against a live target.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

const suites = fileURLToPath(new URL('..', import.meta.url));

describe('all-suites entry', () => {
  it('imports every conformance suite file, and nothing else', () => {
    const files = readdirSync(suites, { recursive: true }).map(String)
      .filter((f) => f.endsWith('.test.ts') && !f.startsWith('harness')).map((f) => `./${f.split('\\').join('/')}`).sort();
    const imported = [...readFileSync(join(suites, 'all-suites.cases.ts'), 'utf8').matchAll(/^import '([^']+)';$/gm)].map((m) => m[1]).sort();
    expect(files.length).toBeGreaterThan(10);
    expect(imported).toEqual(files);
  });
});
