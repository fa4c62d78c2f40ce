// The report's script (bundled by `npm run generate` into generated/report-script.ts, inlined in index.html and
// allowed by its CSP hash): renders every section from the embedded model with DOM APIs and textContent only, so
// no text from a target is ever parsed as HTML. Long lists render in pages, so 100,000 cases do not freeze the page.

import { renderCases } from './cases.ts';
import { renderCoverage } from './coverage.ts';
import { renderDrift } from './drift.ts';
import { newFilters } from './filters.ts';
import { renderFindings } from './findings.ts';
import { renderLatency } from './latency.ts';
import { renderMeta } from './meta.ts';
import { renderObservations } from './observations.ts';
import { renderNotJudged } from './not-judged.ts';
import { renderOverview } from './overview.ts';
import { readPage } from './page.ts';

// Marks `body[data-ready]` and the render time when done; a failure is shown on the page and marked 'error'.
try {
  const page = readPage(document);
  const filters = newFilters();
  renderOverview(page);
  renderCoverage(page);
  renderMeta(page);
  renderDrift(page, filters);
  renderFindings(page, filters);
  renderObservations(page);
  renderNotJudged(page);
  renderLatency(page);
  renderCases(page, filters);
  document.body.setAttribute('data-render-ms', String(Math.round(performance.now())));
  document.body.setAttribute('data-ready', 'true');
} catch (err) {
  const p = document.createElement('pre');
  p.textContent = `The report could not be rendered: ${(err instanceof Error && err.stack) || String(err)}`;
  document.body.insertBefore(p, document.body.firstChild);
  document.body.setAttribute('data-ready', 'error');
  throw err;
}
