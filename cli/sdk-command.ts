// `tcconform sdk`: gate a release of tencentcloud-sdk-nodejs. Runs the SDK gate (sdk/run/run-gate.ts), writes
// sdk-results.json, junit.xml and index.html into --out, prints counts per action and calling style, exits 0/1.

import type { Io } from './io.ts';
import { ExitCode } from './exit-codes.ts';
import { runGate } from '../sdk/run/run-gate.ts';
import { sdkOptions } from '../sdk/sdk-options.ts';
import { sdkHelp } from '../sdk/sdk-help.ts';
import { sdkResultsFile } from '../sdk/results/sdk-results-file.ts';
import { loadFailureResult } from '../sdk/results/load-failure-result.ts';
import { exitCodeOf } from '../sdk/results/gate-verdict.ts';
import { formatSummary } from '../sdk/results/format-summary.ts';
import { jsonSummary } from '../sdk/results/json-summary.ts';
import { writeGateOutputs } from '../sdk/results/write-gate-outputs.ts';

/** Runs the command; returns the exit code. */
export async function sdkCommand(argv: string[], io: Io): Promise<number> {
  const parsed = sdkOptions(argv, process.cwd());
  if (!parsed.ok) {
    io.err(parsed.error);
    return ExitCode.Usage;
  }
  const opts = parsed.value;
  if (opts.help) {
    io.out(sdkHelp);
    return ExitCode.Ok;
  }
  // Loopback only: a proxy variable would route even 127.0.0.1 through a proxy in SDKs that honour it.
  for (const name of ['http_proxy', 'HTTP_PROXY', 'https_proxy', 'HTTPS_PROXY']) delete process.env[name];
  const progress = io.tty ? (done: number, total: number) => { if (done % 50 === 0 || done === total) io.err(`\rsdk gate: ${done}/${total} calls`); } : undefined;
  const gate = await runGate({ ...(opts.sdk ? { sdk: opts.sdk } : {}), ...(opts.operations ? { operations: opts.operations } : {}),
    ...(opts.styles ? { styles: opts.styles } : {}), ...(progress ? { onProgress: progress } : {}) });
  if (!gate.ok && gate.error.kind === 'usage') {
    io.err(`tcconform sdk: ${gate.error.message}`);
    return ExitCode.Usage;
  }
  const file = sdkResultsFile(gate.ok ? gate.value : loadFailureResult(opts.sdk ?? 'installed', gate.error.message));
  try {
    writeGateOutputs(file, opts.out);
  } catch (err) {
    io.err(`tcconform sdk: cannot write ${opts.out}: ${err instanceof Error ? err.message : String(err)}`);
    return ExitCode.Harness;
  }
  io.out(opts.json ? JSON.stringify(jsonSummary(file, opts.out), null, 1) : formatSummary(file, opts.out));
  return exitCodeOf(file.verdict);
}
