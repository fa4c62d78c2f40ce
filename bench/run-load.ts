// Runs one LoadJob in a fresh load-generating child process and returns what it measured.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LoadJob, LoadResult } from './load-job.ts';
import { packageRoot } from '../core/package-root.ts';

/** Spawns `bench/load-generator.ts` with `job`; rejects when the child fails or prints no result. */
export function runLoad(job: LoadJob): Promise<LoadResult> {
  const dir = mkdtempSync(join(tmpdir(), 'tcconform-bench-load-'));
  const file = join(dir, 'job.json');
  writeFileSync(file, JSON.stringify(job));
  const limitMs = ((job.durationS ?? 0) + 600) * 1000;
  return new Promise<LoadResult>((resolve, reject) => {
    execFile(process.execPath, ['--import', 'tsx', join(packageRoot, 'bench', 'load-generator.ts'), file], { cwd: packageRoot, timeout: limitMs, maxBuffer: 1 << 20 }, (error, stdout, stderr) => {
      rmSync(dir, { recursive: true, force: true });
      if (error) return reject(new Error(`load generator failed: ${error.message}\n${stderr}`));
      const line = stdout.trim().split('\n').pop() ?? '';
      try {
        resolve(JSON.parse(line) as LoadResult);
      } catch {
        reject(new Error(`load generator printed no result: ${stdout}\n${stderr}`));
      }
    });
  });
}
