// Test helper: start the real `tcconform` command as a child process that a test may kill at any moment, with
// its output collected and its end awaited.
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { childEnv } from './spawn-cli.ts';

const bin = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../bin/tcconform.js');

/** How a child ended. */
export interface Ended {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** A running `tcconform …args`. */
export interface Killable {
  readonly child: ChildProcess;
  readonly pid: number;
  readonly ended: Promise<Ended>;
}

/** Starts `tcconform ...args`; `ended` resolves when it exits (killed after `timeoutMs` at the latest). */
export function spawnKillable(args: readonly string[], env: Record<string, string> = {}, timeoutMs = 170_000): Killable {
  const child = spawn(process.execPath, [bin, ...args], { env: childEnv(env), stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (d: Buffer) => { stdout += d.toString(); });
  child.stderr?.on('data', (d: Buffer) => { stderr += d.toString(); });
  const ended = new Promise<Ended>((done) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('close', (code, signal) => { clearTimeout(timer); done({ code, signal, stdout, stderr }); });
  });
  return { child, pid: child.pid ?? 0, ended };
}
