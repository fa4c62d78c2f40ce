// Runs the README's main command (`node bin/tcconform.js run --out DIR`, plus any flags) as a child process and times
// it from spawn to exit; the report is written before the process exits, so this is process start to report written.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { packageRoot } from '../core/package-root.ts';

/** One timed run. */
export interface TimedRun {
  readonly args: readonly string[];
  readonly seconds: number;
  readonly exitCode: number | null;
  /** index.html and results.json were written. */
  readonly reportWritten: boolean;
  readonly resultsBytes: number;
  readonly stderrTail: string;
}

/** Times `tcconform run --out <tmp> --no-progress ...extra`; gives up (SIGKILL) after `limitMs`. */
export function timeCliRun(extra: readonly string[], limitMs = 300_000): Promise<TimedRun> {
  const out = mkdtempSync(join(tmpdir(), 'tcconform-bench-run-'));
  const args = ['bin/tcconform.js', 'run', '--out', out, '--no-progress', ...extra];
  const started = performance.now();
  const child = spawn(process.execPath, args, { cwd: packageRoot, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => { stderr = (stderr + d.toString()).slice(-2000); });
  const timer = setTimeout(() => child.kill('SIGKILL'), limitMs);
  return new Promise((resolve) => {
    child.on('close', (code) => {
      const seconds = (performance.now() - started) / 1000;
      clearTimeout(timer);
      const json = join(out, 'results.json');
      const reportWritten = existsSync(join(out, 'index.html')) && existsSync(json);
      const resultsBytes = reportWritten ? statSync(json).size : 0;
      rmSync(out, { recursive: true, force: true });
      resolve({ args: extra, seconds, exitCode: code, reportWritten, resultsBytes, stderrTail: stderr.trim().split('\n').slice(-3).join(' | ') });
    });
  });
}
