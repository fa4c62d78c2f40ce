// junit.xml: one testcase per case, failures with their message, skips with their reason, for CI.

import type { ResultsModel } from './results-model.ts';

/** JUnit XML of the model, suites grouped by operation. */
export function renderJunit(model: ResultsModel): string {
  const groups = new Map<string, ResultsModel['cases'][number][]>();
  for (const c of model.cases) groups.set(c.operation, [...(groups.get(c.operation) ?? []), c]);
  const suites = [...groups.entries()].map(([op, cases]) => {
    const count = (s: string) => cases.filter((c) => c.status === s).length;
    const body = cases.map((c) => {
      const open = `    <testcase classname="${xml(op)}" name="${xml(`${c.check}: ${c.title} [${c.id}]`)}" time="${(c.durationMs / 1000).toFixed(3)}"`;
      if (c.status === 'passed') return `${open}/>`;
      if (c.status === 'skipped') return `${open}>\n      <skipped message="${xml(c.skipReason ?? c.message ?? '')}"/>\n    </testcase>`;
      const tag = c.status === 'failed' ? 'failure' : 'error';
      const msg = c.status === 'failed' ? c.findings.map((f) => f.title).join('; ') : (c.fault ?? c.message ?? 'errored');
      return `${open}>\n      <${tag} message="${xml(msg)}">${xml(c.message ?? msg)}</${tag}>\n    </testcase>`;
    });
    return `  <testsuite name="${xml(op)}" tests="${cases.length}" failures="${count('failed')}" errors="${count('errored')}" skipped="${count('skipped')}">\n${body.join('\n')}\n  </testsuite>`;
  });
  const t = model.totals;
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="tcconform" tests="${model.cases.length}" failures="${t.failed}" errors="${t.errored}" skipped="${t.skipped}">\n${suites.join('\n')}\n</testsuites>\n`;
}

function xml(s: string): string {
  // Characters XML 1.0 forbids are dropped; the rest escaped.
  return s.replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
