// Bundles the report page's script (browser TypeScript in reports/html/page/, type-checked by its own tsconfig)
// into generated/report-script.ts: one IIFE, kept as lines of a string that reports/render-html.ts inlines and
// hashes for the page's Content-Security-Policy. Deterministic for the same sources and esbuild version.
import { buildSync } from 'esbuild';
import { join } from 'node:path';
import { GENERATED_HEADER } from './generated-header.ts';

/** Path of the page's entry point, relative to the repository root. */
export const REPORT_PAGE_ENTRY = 'reports/html/page/main.ts';

/** The text of generated/report-script.ts, bundled from the page sources under `root`. */
export function renderReportScript(root: string): string {
  const built = buildSync({
    absWorkingDir: root, entryPoints: [join(root, REPORT_PAGE_ENTRY)], bundle: true, write: false, format: 'iife', platform: 'browser',
    target: 'es2020', charset: 'ascii', legalComments: 'none', logLevel: 'silent',
  });
  const code = built.outputFiles[0]?.text ?? '';
  // Inlined in a <script> element: the bundle must not be able to close it.
  if (/<\/script/i.test(code)) throw new Error(`${REPORT_PAGE_ENTRY}: the bundled script contains "</script"`);
  const lines = code.replace(/\n$/, '').split('\n').map((line) => `  ${JSON.stringify(line)},`);
  return `${GENERATED_HEADER}
// The report page's script, bundled from ${REPORT_PAGE_ENTRY} (edit those sources, then npm run generate).

/** JavaScript of index.html (runs offline, no dependencies); marks \`body[data-ready]\` and the render time when done. */
export const reportScript: string = [
${lines.join('\n')}
].join('\\n') + '\\n';
`;
}
