// Test helpers: run the real `tcconform` command as a child process, or start the standalone mock and read
// its URL, with proxies unset so loopback traffic stays on loopback.

import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';

const bin = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../bin/tcconform.js');

/** The environment of child processes: the caller's, without proxies, plus `extra`. */
export function childEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const k of ['http_proxy', 'HTTP_PROXY', 'https_proxy', 'HTTPS_PROXY', 'all_proxy', 'ALL_PROXY', 'TCCONFORM_RUN_CONFIG', 'VITEST', 'VITEST_WORKER_ID', 'VITEST_POOL_ID', 'NODE_OPTIONS']) delete env[k];
  return { ...env, ...extra };
}

/** Runs `tcconform ...args` to completion. */
export function runCli(args: readonly string[], env: Record<string, string> = {}, timeoutMs = 170_000): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [bin, ...args], { env: childEnv(env), stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => { stdout += d.toString(); });
    child.stderr.on('data', (d: Buffer) => { stderr += d.toString(); });
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('close', (code) => { clearTimeout(timer); done({ code, stdout, stderr }); });
  });
}

/** Starts `tcconform mock ...args` and resolves with its URL once it serves. */
export function startCliMock(args: readonly string[]): Promise<{ url: string; child: ChildProcess; stop: () => Promise<void> }> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [bin, 'mock', ...args], { env: childEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    const timer = setTimeout(() => { child.kill('SIGKILL'); fail(new Error(`mock did not start: ${out}`)); }, 20_000);
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /^(http:\/\/127\.0\.0\.1:\d+)$/m.exec(out);
      if (m?.[1]) {
        clearTimeout(timer);
        const url = m[1];
        done({ url, child, stop: () => new Promise((r) => { child.once('close', () => r()); child.kill('SIGTERM'); }) });
      }
    });
    child.on('error', fail);
  });
}
