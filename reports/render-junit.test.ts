import { describe, expect, it } from 'vitest';
import { renderJunit } from './render-junit.ts';
import { applyDrift } from './apply-drift.ts';
import { defaultDiffOptions } from './diff-results.ts';
import { HOSTILE, syntheticModel } from './testing/synthetic-model.ts';
import { driftScenario } from './testing/drift-scenario.ts';

describe('renderJunit', () => {
  const model = syntheticModel(['passed', 'failed', 'skipped', 'errored'], { hostile: true });
  const xml = renderJunit(model);

  it('has one testcase per case, failures with the findings, errors with the fault, skips with the reason', () => {
    expect(xml.match(/<testcase /g)).toHaveLength(4);
    expect(xml).toMatch(/<testsuites name="tcconform" tests="4" failures="1" errors="1" skipped="1">/);
    expect(xml).toMatch(/<failure message="\[major\] [^"]*accepted an invalid request[^"]*" type="finding">/);
    expect(xml).toContain('replay: npx tcconform run --case');
    expect(xml).toMatch(/<error message="RequestLimitExceeded: too many requests[^"]*" type="errored">/);
    expect(xml).toMatch(/<skipped message="fixtures name no shared image/);
  });

  it('escapes hostile text so the XML stays well-formed', () => {
    expect(xml).not.toContain(HOSTILE.script);
    expect(xml).toContain('&lt;script&gt;window.__pwned=1;document.title=&quot;PWNED&quot;&lt;/script&gt;');
    expect(renderJunit(syntheticModel(['passed'], { mutate: (c) => ({ ...c, title: 'bell\u0007 and \uFFFE' }) }))).toContain('bell and ');
  });

  it('adds a drift suite: gating drift fails only under --fail-on drift', () => {
    const { baseline, current } = driftScenario(12);
    const judged = (failOnDrift: boolean) => renderJunit(applyDrift(current, { model: baseline, source: 'b' }, { ...defaultDiffOptions, failOnDrift }));
    const drift = applyDrift(current, { model: baseline, source: 'b' }).drift ?? [];
    const gating = drift.filter((d) => d.gating).length;
    expect(judged(true)).toMatch(new RegExp(`<testsuite name="tcconform.drift" tests="${drift.length}" failures="${gating}"`));
    expect(judged(true).match(/type="drift"/g)).toHaveLength(gating);
    expect(judged(false)).not.toContain('type="drift"');
    expect(judged(false)).toContain('<system-out>drift: ');
    expect(renderJunit(current)).not.toContain('tcconform.drift');
  });
});
