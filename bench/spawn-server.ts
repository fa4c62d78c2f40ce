// Starts a server as a child process (node with the given arguments) and waits for the URL it prints on stdout.
import { spawn, type ChildProcess } from 'node:child_process';
import { packageRoot } from '../core/package-root.ts';

/** A running child server. */
export interface ChildServer {
  readonly url: string;
  readonly pid: number;
  /** SIGTERM, then waits for the exit (SIGKILL after `graceMs`). */
  readonly stop: (graceMs?: number) => Promise<void>;
}

/** Spawns `node ...args` in the package root; rejects if no http:// line appears within `timeoutMs`. */
export function spawnServer(args: readonly string[], timeoutMs = 30_000): Promise<ChildServer> {
  const child = spawn(process.execPath, args, { cwd: packageRoot, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => { stderr = (stderr + d.toString()).slice(-4000); });
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => fail(new Error(`no URL from node ${args.join(' ')} within ${timeoutMs} ms: ${stderr}`)), timeoutMs);
    const fail = (error: Error) => {
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(error);
    };
    child.once('exit', (code) => fail(new Error(`node ${args.join(' ')} exited (${code}) before printing its URL: ${stderr}`)));
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      const url = /^(http:\/\/127\.0\.0\.1:\d+)\s*$/m.exec(out)?.[1];
      if (url === undefined || child.pid === undefined) return;
      clearTimeout(timer);
      child.removeAllListeners('exit');
      resolve({ url, pid: child.pid, stop: (graceMs = 10_000) => stopChild(child, graceMs) });
    });
  });
}

function stopChild(child: ChildProcess, graceMs: number): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}
