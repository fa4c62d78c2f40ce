// The plumbing the paced-run benchmarks share: drain the standalone mock's request journal (a ring of 1,000
// entries, read every half second) and run `tcconform run` as a child process.
import { spawn } from 'node:child_process';
import { packageRoot } from '../core/package-root.ts';
import type { PacedEntry } from './paced-entry.ts';

/** The journal entries after `since`. */
export async function drainJournal(url: string, since: number): Promise<PacedEntry[]> {
  const res = await fetch(`${url}/_admin/journal?since=${since}`);
  if (!res.ok) throw new Error(`journal answered ${res.status}`);
  return ((await res.json()) as { entries: PacedEntry[] }).entries;
}

/** Runs `tcconform run ...args` to its exit code (killed after `limitMs`). */
export function runCli(args: readonly string[], limitMs: number): Promise<number | null> {
  const child = spawn(process.execPath, ['bin/tcconform.js', 'run', ...args], { cwd: packageRoot, stdio: 'ignore' });
  const timer = setTimeout(() => child.kill('SIGKILL'), limitMs);
  return new Promise((resolve) => child.on('close', (code) => { clearTimeout(timer); resolve(code); }));
}
