// junit.xml: one testcase per case (failures with their findings, errors with the fault, skips with the reason),
// plus a `tcconform.drift` suite with one testcase per drift entry (a failure when it gates under --fail-on drift).

import type { CaseResult, ResultsModel } from './results-model.ts';
import type { Drift } from './drift.ts';

/** JUnit XML of the model, suites grouped by operation. */
export function renderJunit(model: ResultsModel): string {
  const groups = new Map<string, CaseResult[]>();
  for (const c of model.cases) {
    const list = groups.get(c.operation);
    if (list === undefined) groups.set(c.operation, [c]);
    else list.push(c);
  }
  const multi = new Set(model.runs.map((r) => r.target.label)).size > 1;
  const suites = [...groups.entries()].map(([op, cases]) => {
    const n = (s: string) => cases.filter((c) => c.status === s).length;
    const body = cases.map((c) => testcase(op, c, multi));
    return `  <testsuite name="${xml(op)}" tests="${cases.length}" failures="${n('failed')}" errors="${n('errored')}" skipped="${n('skipped')}">\n${body.join('\n')}\n  </testsuite>`;
  });
  const drift = model.drift ?? [];
  const failOnDrift = model.baseline?.failOnDrift === true;
  const driftFailures = failOnDrift ? drift.filter((d) => d.gating).length : 0;
  if (model.baseline !== undefined) suites.push(driftSuite(drift, failOnDrift, driftFailures));
  const t = model.totals;
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="tcconform" tests="${model.cases.length + (model.baseline ? drift.length : 0)}" failures="${t.failed + driftFailures}" errors="${t.errored}" skipped="${t.skipped}">\n${suites.join('\n')}\n</testsuites>\n`;
}

function testcase(op: string, c: CaseResult, multi: boolean): string {
  const where = multi ? ` @ ${c.target}` : '';
  const open = `    <testcase classname="${xml(op)}" name="${xml(`${c.check}: ${c.title} [${c.id}]${where}`)}" time="${(c.durationMs / 1000).toFixed(3)}"`;
  if (c.status === 'passed') return `${open}/>`;
  if (c.status === 'skipped') return `${open}>\n      <skipped message="${xml(c.skipReason ?? c.message ?? '')}"/>\n    </testcase>`;
  if (c.status === 'failed') {
    const msg = c.findings.map((f) => `[${f.severity}] ${f.title}`).join('; ') || (c.message ?? 'failed');
    const text = [...c.findings.map((f) => `[${f.severity}] ${f.check}: ${f.title}\n${f.detail}`), c.replay ? `replay: ${c.replay.command}` : ''].filter(Boolean).join('\n\n');
    return `${open}>\n      <failure message="${xml(msg)}" type="finding">${xml(text || msg)}</failure>\n    </testcase>`;
  }
  const msg = c.fault ?? c.message?.split('\n')[0] ?? 'errored';
  return `${open}>\n      <error message="${xml(msg)}" type="errored">${xml(c.message ?? msg)}</error>\n    </testcase>`;
}

function driftSuite(drift: readonly Drift[], failOnDrift: boolean, failures: number): string {
  const body = drift.map((d) => {
    const open = `    <testcase classname="tcconform.drift" name="${xml(`${d.kind}: ${d.caseId ?? d.operation}${d.target ? ` @ ${d.target}` : ''}`)}" time="0"`;
    const text = `${d.before} → ${d.after}: ${d.detail}`;
    if (failOnDrift && d.gating) return `${open}>\n      <failure message="${xml(text)}" type="drift">${xml(text)}</failure>\n    </testcase>`;
    return `${open}>\n      <system-out>${xml(`${d.gating ? 'drift' : 'informational drift'}: ${text}`)}</system-out>\n    </testcase>`;
  });
  return `  <testsuite name="tcconform.drift" tests="${drift.length}" failures="${failures}" errors="0" skipped="0">\n${body.join('\n')}\n  </testsuite>`;
}

function xml(s: string): string {
  // Characters XML 1.0 forbids are dropped; the rest escaped.
  return s.replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
