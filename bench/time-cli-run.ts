// Runs the README's main command (`node bin/tcconform.js run --out DIR`, plus any flags) as a child process and times
// it from spawn to exit; the report is written before the process exits, so this is process start to report written.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { packageRoot } from '../core/package-root.ts';
import { childrenCpuMs } from './proc-cpu.ts';

/** One timed run. */
export interface TimedRun {
  readonly args: readonly string[];
  readonly seconds: number;
  /** CPU seconds of the run in all its processes (the CLI, vitest's worker, the embedded mock in the CLI's process). */
  readonly cpuSeconds: number;
  readonly exitCode: number | null;
  /** index.html and results.json were written. */
  readonly reportWritten: boolean;
  readonly resultsBytes: number;
  readonly stderrTail: string;
}

/** Times `tcconform run --out <tmp> --no-progress ...extra` of the checkout at `root` (this one by default); gives up
 * (SIGKILL) after `limitMs`. One run at a time: the CPU figure is what this process's ended children used meanwhile. */
export function timeCliRun(extra: readonly string[], limitMs = 300_000, root = packageRoot): Promise<TimedRun> {
  const out = mkdtempSync(join(tmpdir(), 'tcconform-bench-run-'));
  const args = ['bin/tcconform.js', 'run', '--out', out, '--no-progress', ...extra];
  const started = performance.now();
  const cpuBefore = childrenCpuMs();
  const child = spawn(process.execPath, args, { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => { stderr = (stderr + d.toString()).slice(-2000); });
  const timer = setTimeout(() => child.kill('SIGKILL'), limitMs);
  return new Promise((resolve) => {
    child.on('close', (code) => {
      const seconds = (performance.now() - started) / 1000;
      const cpuSeconds = (childrenCpuMs() - cpuBefore) / 1000;
      clearTimeout(timer);
      const json = join(out, 'results.json');
      const reportWritten = existsSync(join(out, 'index.html')) && existsSync(json);
      const resultsBytes = reportWritten ? statSync(json).size : 0;
      rmSync(out, { recursive: true, force: true });
      resolve({ args: extra, seconds, cpuSeconds, exitCode: code, reportWritten, resultsBytes, stderrTail: stderr.trim().split('\n').slice(-3).join(' | ') });
    });
  });
}
