// The report's script: renders every section from the embedded model with DOM APIs and textContent only, so no
// text from a target is ever parsed as HTML. Long lists render in pages, so 100,000 cases do not freeze the page.

import { scriptBase } from './script-base.ts';
import { scriptOverview } from './script-overview.ts';
import { scriptCoverage } from './script-coverage.ts';
import { scriptMeta } from './script-meta.ts';
import { scriptDrift } from './script-drift.ts';
import { scriptFindings } from './script-findings.ts';
import { scriptLatency } from './script-latency.ts';
import { scriptCases } from './script-cases.ts';
import { scriptObservations } from './script-observations.ts';

/** JavaScript of index.html (runs offline, no dependencies); marks `body[data-ready]` and the render time when done. */
export const reportScript = `(function () {
'use strict';
try {
${scriptBase}${scriptOverview}${scriptCoverage}${scriptMeta}${scriptDrift}${scriptFindings}${scriptObservations}${scriptLatency}${scriptCases}
  document.body.setAttribute('data-render-ms', String(Math.round(performance.now())));
  document.body.setAttribute('data-ready', 'true');
} catch (err) {
  var p = document.createElement('pre');
  p.textContent = 'The report could not be rendered: ' + (err && err.stack || err);
  document.body.insertBefore(p, document.body.firstChild);
  document.body.setAttribute('data-ready', 'error');
  throw err;
}
})();
`;
