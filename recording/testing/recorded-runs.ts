// Test helper: record a run of the real command against the standalone mock (optionally with deviations injected
// through its admin interface), re-judge a recording, and read what the runs concluded.

import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli, startCliMock } from '../../cli/testing/spawn-cli.ts';
import type { ResultsModel } from '../../reports/results-model.ts';

/** A recorded run: where its report and recording are, and how it exited. */
export interface RecordedRun {
  readonly code: number | null;
  readonly report: string;
  readonly recording: string;
  readonly stderr: string;
}

/** Starts `tcconform mock`, injects `deviations`, runs `tcconform run --endpoint … --record` with `scope`, stops the mock. */
export async function recordStandalone(dir: string, deviations: readonly { name: string; action?: string }[], scope: readonly string[], extra: readonly string[] = []): Promise<RecordedRun> {
  mkdirSync(dir, { recursive: true });
  const fixtures = join(dir, 'fixtures.json');
  const mock = await startCliMock(['--fixtures-out', fixtures]);
  try {
    if (deviations.length > 0) {
      const res = await fetch(`${mock.url}/_admin/faults`, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ deviations }) });
      if (res.status !== 200) throw new Error(`cannot inject ${JSON.stringify(deviations)}: ${await res.text()}`);
    }
    const report = join(dir, 'report');
    const recording = join(dir, 'recording');
    const r = await runCli(['run', '--endpoint', mock.url, '--fixtures', fixtures, '--allow-mutations', '--no-progress', '--out', report,
      '--ledger', join(dir, 'ledger.jsonl'), '--record', recording, ...scope, ...extra]);
    return { code: r.code, report, recording, stderr: r.stderr };
  } finally {
    await mock.stop();
  }
}

/** `tcconform run --target recording --recording DIR --out OUT`. */
export async function rejudge(recording: string, out: string, extra: readonly string[] = []): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return runCli(['run', '--target', 'recording', '--recording', recording, '--no-progress', '--out', out, ...extra]);
}

/** Per case: its status and its findings (dedup key, check, title, and detail unless `details` is false: a masked
 * recording's details name the placeholders, not the IDs), as comparable text. */
export function verdicts(reportDir: string, details = true): Map<string, string> {
  const model = JSON.parse(readFileSync(join(reportDir, 'results.json'), 'utf8')) as ResultsModel;
  return new Map(model.cases.map((c) => [c.id, JSON.stringify({ status: c.status, findings: c.findings.map((f) => [f.dedupKey, f.check, f.title, ...(details ? [f.detail] : [])]) })]));
}

/** The report's model. */
export function resultsOf(reportDir: string): ResultsModel {
  return JSON.parse(readFileSync(join(reportDir, 'results.json'), 'utf8')) as ResultsModel;
}
